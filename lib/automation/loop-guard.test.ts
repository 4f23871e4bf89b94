import { describe, expect, it } from "vitest";
import { DEFAULT_LOOP_GUARD_LIMITS, loopGuardTrip } from "./loop-guard";

const limits = { maxDepth: 5, maxAutomatedChangesPerHour: 20 };
const check = (depth: number, recentAutomationCount: number) =>
  loopGuardTrip({ depth, recentAutomationCount, limits, blocked: "ticket not moved" });

describe("loop guard (SPEC §7)", () => {
  it("defaults to depth 5 and 20 automated changes per ticket per hour", () => {
    expect(DEFAULT_LOOP_GUARD_LIMITS).toEqual(limits);
  });

  it("lets automation through below both limits", () => {
    expect(check(0, 0)).toBeNull();
    expect(check(4, 19)).toBeNull();
  });

  it("trips at the depth limit and says so", () => {
    expect(check(5, 0)).toEqual({
      type: "loop_guard_tripped",
      reason: "depth",
      limit: 5,
      observed: 5,
      blocked: "ticket not moved",
    });
  });

  it("trips at the hourly limit and says so", () => {
    expect(check(0, 20)).toEqual({
      type: "loop_guard_tripped",
      reason: "hourly_limit",
      limit: 20,
      observed: 20,
      blocked: "ticket not moved",
    });
  });

  it("reports depth first when both are exceeded", () => {
    expect(check(9, 99)?.reason).toBe("depth");
  });
});
