import { describe, expect, it } from "vitest";
import { assertPlanAllows, planAllows, planLockMessage, requiredPlan } from "./plan";

describe("plan rules (SPEC §6)", () => {
  it("gives status-email triggers and status actions from Starter up", () => {
    for (const feature of ["statusEmailTriggers", "statusActions"] as const) {
      expect(requiredPlan(feature)).toBe("STARTER");
      expect(planAllows("FREE", feature)).toBe(false);
      expect(planAllows("STARTER", feature)).toBe(true);
      expect(planAllows("ENTERPRISE", feature)).toBe(true);
    }
  });

  it("gives workflow actions and the workflow editor from Professional up", () => {
    for (const feature of ["workflowActions", "workflowEditor"] as const) {
      expect(requiredPlan(feature)).toBe("PROFESSIONAL");
      expect(planAllows("STARTER", feature)).toBe(false);
      expect(planAllows("PROFESSIONAL", feature)).toBe(true);
    }
  });

  it("refuses with PLAN_REQUIRED and says what unlocks the feature", () => {
    expect(() => assertPlanAllows("STARTER", "workflowActions")).toThrow(
      expect.objectContaining({ code: "PLAN_REQUIRED", message: planLockMessage("workflowActions") }),
    );
    expect(planLockMessage("statusEmailTriggers")).toContain("Starter plan or above");
    expect(() => assertPlanAllows("PROFESSIONAL", "workflowActions")).not.toThrow();
  });
});
