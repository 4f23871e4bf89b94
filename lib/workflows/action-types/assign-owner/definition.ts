// "Rotate/assign owner": a chosen user, or the next member of a team (SPEC §5). Professional.
import { defineActionType } from "../define";
import type { TAssignOwner } from "./schema";

export const assignOwner = defineActionType<TAssignOwner>({
  type: "assign_owner",
  dbType: "ASSIGN_OWNER",
  label: "Assign owner",
  feature: "workflowActions",
  describe: (a, names) =>
    "rotateAmongTeamId" in a
      ? `Rotate owner among ${names?.teams?.[a.rotateAmongTeamId] ?? "a team"}`
      : `Assign owner: ${names?.users?.[a.userId] ?? "a user"}`,
  refs: (a) =>
    "userId" in a
      ? [{ kind: "user", id: a.userId, path: ["userId"] }]
      : [{ kind: "team", id: a.rotateAmongTeamId, path: ["rotateAmongTeamId"] }],
});
