import { describe, expect, it } from "vitest";
import { defaultBusinessHours } from "@/lib/business-hours/week";
import { startSlaClock } from "./sla-clock";
import { ZSlaPolicy } from "./sla-policy";
import { slaStatus, type SlaTarget } from "./sla-status";

const at = (iso: string) => new Date(iso);
const berlin = defaultBusinessHours("Europe/Berlin");

describe("startSlaClock", () => {
  it("counts around the clock: due at start + target, due soon after 80 %", () => {
    expect(startSlaClock(at("2026-01-09T15:00:00Z"), "PT10H", null)).toEqual({
      startedAt: at("2026-01-09T15:00:00Z"),
      dueSoonAt: at("2026-01-09T23:00:00Z"),
      dueAt: at("2026-01-10T01:00:00Z"),
      dueSoonAfterMs: 8 * 3_600_000,
      dueAfterMs: 10 * 3_600_000,
    });
  });

  it("counts in business hours: Friday 16:00 CET + 4 h is Monday 12:00, due soon at 11:12", () => {
    const clock = startSlaClock(at("2026-01-09T15:00:00Z"), "PT4H", berlin);
    expect(clock?.dueAt).toEqual(at("2026-01-12T11:00:00Z"));
    expect(clock?.dueSoonAt).toEqual(at("2026-01-12T10:12:00Z"));
  });

  it("has no clock without a target", () => {
    expect(startSlaClock(at("2026-01-09T15:00:00Z"), null, berlin)).toBeNull();
  });
});

describe("slaStatus", () => {
  const target: SlaTarget = { dueSoonAt: at("2026-01-10T00:00:00Z"), dueAt: at("2026-01-10T01:00:00Z"), metAt: null };

  it("is pending, then due soon in the last 20 %, then overdue", () => {
    expect(slaStatus(target, at("2026-01-09T20:00:00Z"))).toBe("pending");
    expect(slaStatus(target, at("2026-01-10T00:00:00Z"))).toBe("due_soon");
    expect(slaStatus(target, at("2026-01-10T01:00:00Z"))).toBe("due_soon");
    expect(slaStatus(target, at("2026-01-10T01:00:01Z"))).toBe("overdue");
  });

  it("is met in time and missed when met late, whatever the time now", () => {
    expect(slaStatus({ ...target, metAt: at("2026-01-10T01:00:00Z") }, at("2027-01-01T00:00:00Z"))).toBe("met");
    expect(slaStatus({ ...target, metAt: at("2026-01-10T01:30:00Z") }, at("2026-01-10T01:31:00Z"))).toBe("missed");
  });

  it("is none without a target, and a stopped clock is missed only if it was already overdue", () => {
    expect(slaStatus(null, at("2026-01-10T00:00:00Z"))).toBe("none");
    expect(slaStatus({ ...target, dueAt: null }, at("2026-01-10T00:00:00Z"))).toBe("none");
    expect(slaStatus(target, at("2026-01-11T00:00:00Z"), at("2026-01-09T23:00:00Z"))).toBe("none");
    expect(slaStatus(target, at("2026-01-11T00:00:00Z"), at("2026-01-10T02:00:00Z"))).toBe("missed");
  });
});

describe("ZSlaPolicy (the automation document's sla)", () => {
  it("takes ISO 8601 targets or null, and refuses months and junk with the path", () => {
    expect(ZSlaPolicy.safeParse({ firstReply: "PT4H", close: "P2D", businessHours: true }).success).toBe(true);
    expect(ZSlaPolicy.safeParse({ firstReply: null, close: null, businessHours: false }).success).toBe(true);
    const bad = ZSlaPolicy.safeParse({ firstReply: "P1M", close: "soon", businessHours: true });
    expect(bad.success ? [] : bad.error.issues.map((issue) => issue.path)).toEqual([["firstReply"], ["close"]]);
  });
});
