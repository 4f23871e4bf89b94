// "Rotate/assign owner": a chosen user, or the next member of a team (SPEC §5). Professional.
import { defineActionType } from "../define";
import { ZAssignOwner } from "./schema";

export const assignOwner = defineActionType({
  schema: ZAssignOwner,
  type: "assign_owner",
  dbType: "ASSIGN_OWNER",
  label: "Assign owner",
  feature: "workflowActions",
  describe: (a) => ("rotateAmongTeamId" in a && a.rotateAmongTeamId ? "Rotate owner among a team" : "Assign owner"),
  refs: (a) =>
    "userId" in a
      ? [{ kind: "user", id: a.userId, path: ["userId"] }]
      : [{ kind: "team", id: a.rotateAmongTeamId, path: ["rotateAmongTeamId"] }],
});
