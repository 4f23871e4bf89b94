import { describe, expect, it } from "vitest";
import { NONE_MET_BRANCH_KEY } from "@/lib/workflows/run/action-tree";
import { chooseBranch, conditionHolds, type ConditionSubject, type TBranchAction } from "./branch-conditions";

const ticket: ConditionSubject = {
  priority: "HIGH",
  source: "EMAIL",
  ownerId: null,
  statusId: "s1",
  subject: "Refund for duplicate charge",
  contactId: "c1",
};

describe("conditionHolds", () => {
  it("compares text ignoring case", () => {
    expect(conditionHolds({ property: "priority", operator: "is", value: "high" }, ticket)).toBe(true);
    expect(conditionHolds({ property: "priority", operator: "is_not", value: "high" }, ticket)).toBe(false);
    expect(conditionHolds({ property: "subject", operator: "contains", value: "REFUND" }, ticket)).toBe(true);
    expect(conditionHolds({ property: "subject", operator: "contains", value: "invoice" }, ticket)).toBe(false);
  });

  it("treats an unset property as unknown: it is not anything and contains nothing", () => {
    expect(conditionHolds({ property: "ownerId", operator: "is_unknown" }, ticket)).toBe(true);
    expect(conditionHolds({ property: "ownerId", operator: "is_known" }, ticket)).toBe(false);
    expect(conditionHolds({ property: "ownerId", operator: "is_not", value: "u1" }, ticket)).toBe(true);
    expect(conditionHolds({ property: "ownerId", operator: "is", value: "" }, ticket)).toBe(false);
    expect(conditionHolds({ property: "ownerId", operator: "contains", value: "" }, ticket)).toBe(false);
  });
});

describe("chooseBranch", () => {
  const branch: TBranchAction = {
    type: "branch",
    branches: [
      { key: "urgent", label: "Urgent", conditions: [{ property: "priority", operator: "is", value: "urgent" }] },
      {
        key: "refund",
        label: "Refunds by email",
        conditions: [
          { property: "subject", operator: "contains", value: "refund" },
          { property: "source", operator: "is", value: "email" },
        ],
      },
      { key: "any-high", label: "High", conditions: [{ property: "priority", operator: "is", value: "high" }] },
    ],
  };

  it("takes the first branch whose conditions all hold", () => {
    expect(chooseBranch(branch, ticket)).toEqual({ key: "refund", label: "Refunds by email" });
    expect(chooseBranch(branch, { ...ticket, source: "CHAT" })).toEqual({ key: "any-high", label: "High" });
  });

  it("takes the none-met path when no branch holds", () => {
    expect(chooseBranch(branch, { ...ticket, priority: "LOW", source: "CHAT" })).toEqual({
      key: NONE_MET_BRANCH_KEY,
      label: "None met",
    });
  });
});
