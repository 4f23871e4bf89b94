// SPEC §5 if/then branch: the first branch whose conditions all hold is taken; when none
// holds, the "none met" path. Text comparisons ignore case (priorities are stored as
// "HIGH", typed as "high"); an unset property "is not" anything and "contains" nothing.
import type { z } from "zod";
import type { ZBranch, ZCondition } from "./schema";
import { NONE_MET_BRANCH_KEY } from "@/lib/workflows/run/action-tree";

export type TCondition = z.infer<typeof ZCondition>;
export type TBranchAction = z.infer<typeof ZBranch>;

/** The ticket properties a condition can test, as text (null when unset). */
export type ConditionSubject = Record<TCondition["property"], string | null>;

export function conditionHolds(condition: TCondition, subject: ConditionSubject): boolean {
  const actual = subject[condition.property]?.trim() || null;
  const expected = (condition.value ?? "").trim().toLowerCase();
  switch (condition.operator) {
    case "is":
      return actual !== null && actual.toLowerCase() === expected;
    case "is_not":
      return actual === null || actual.toLowerCase() !== expected;
    case "contains":
      return actual !== null && actual.toLowerCase().includes(expected);
    case "is_known":
      return actual !== null;
    case "is_unknown":
      return actual === null;
  }
}

export interface ChosenBranch {
  key: string;
  /** The branch's label, or "None met". */
  label: string;
}

export function chooseBranch(branch: TBranchAction, subject: ConditionSubject): ChosenBranch {
  const taken = branch.branches.find((b) => b.conditions.every((c) => conditionHolds(c, subject)));
  return taken ? { key: taken.key, label: taken.label } : { key: NONE_MET_BRANCH_KEY, label: "None met" };
}
