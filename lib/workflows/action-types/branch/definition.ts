// "If/then branch": the first branch whose conditions hold, else "none met" (SPEC §5). Professional.
import { defineActionType } from "../define";
import type { TBranch } from "./schema";

export const branch = defineActionType<TBranch>({
  type: "branch",
  dbType: "BRANCH",
  label: "If/then branch",
  feature: "workflowActions",
  describe: (a) => {
    const count = Array.isArray(a.branches) ? a.branches.length : 0;
    return `If/then branch (${count} branch${count === 1 ? "" : "es"})`;
  },
});
