// Name, description and close date set by a workflow (or a person) go through decide() like
// owner and priority: one set_property effect, a timeline line naming the rule, the loop guard.
import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import type { Happening, PropertyChange } from "./happenings";
import { projectTicket } from "./project-ticket";
import { aPipeline, aTicket, byRule, byUser, changesOf, ctxAt, effectsOf, timelineOf } from "./test-fixtures";

const now = "2025-06-10T12:00:00Z";
const pipeline = aPipeline();
const set = (change: PropertyChange, cause = byRule(1, "Tidy up")): Happening => ({
  kind: "property_change",
  change,
  cause,
});

describe("decide: name, description and close date", () => {
  it.each([
    [
      { property: "subject", value: "Refund for order 7" },
      "Order not arrived",
      'Name changed from "Order not arrived" to "Refund for order 7" by workflow "Tidy up"',
    ],
    [
      { property: "description", value: "Customer wants a refund." },
      "My order has not arrived.",
      'Description changed by workflow "Tidy up"',
    ],
    [{ property: "description", value: "" }, "My order has not arrived.", 'Description cleared by workflow "Tidy up"'],
    [
      { property: "closeDate", value: "2030-05-01" },
      null,
      'Close date changed from none to 2030-05-01 by workflow "Tidy up"',
    ],
  ] as const)("sets %o, credited to the workflow on the timeline", (change, from, summary) => {
    const decision = decide(aTicket(), pipeline, set(change), ctxAt(now));
    expect(changesOf(decision)).toEqual([{ type: "set_property", change, from, ruleName: "Tidy up", depth: 1 }]);
    expect(timelineOf(decision)).toEqual([
      expect.objectContaining({
        kind: "property_changed",
        summary,
        ruleName: "Tidy up",
        eventId: "ev-root",
        depth: 1,
        detail: { property: change.property, from, to: change.value },
      }),
    ]);
    const after = projectTicket(aTicket(), effectsOf(decision));
    expect(after).toMatchObject({ [change.property]: change.value, version: 2 });
  });

  it("clears the close date", () => {
    const decision = decide(
      aTicket({ closeDate: "2025-06-01" }),
      pipeline,
      set({ property: "closeDate", value: null }),
      ctxAt(now),
    );
    expect(timelineOf(decision)[0]?.summary).toBe('Close date changed from 2025-06-01 to none by workflow "Tidy up"');
    expect(projectTicket(aTicket({ closeDate: "2025-06-01" }), effectsOf(decision)).closeDate).toBeNull();
  });

  it("changes nothing (and bumps no version) when the value is already there", () => {
    const decision = decide(aTicket(), pipeline, set({ property: "subject", value: "Order not arrived" }), ctxAt(now));
    expect(decision).toEqual({ ok: true, effects: [] });
  });

  it("a person's change is credited to the person, with no rule", () => {
    const decision = decide(aTicket(), pipeline, set({ property: "subject", value: "New name" }, byUser), ctxAt(now));
    expect(timelineOf(decision)).toMatchObject([
      { ruleName: null, actorUserId: "us-agent", summary: 'Name changed from "Order not arrived" to "New name"' },
    ]);
  });

  it("is stopped by the loop guard at the depth limit, and says what it did not do", () => {
    const decision = decide(
      aTicket(),
      pipeline,
      set({ property: "closeDate", value: "2030-05-01" }, byRule(5)),
      ctxAt(now),
    );
    expect(changesOf(decision)).toEqual([
      expect.objectContaining({
        type: "loop_guard_tripped",
        reason: "depth",
        blocked: "close date not changed to 2030-05-01",
      }),
    ]);
    expect(timelineOf(decision)).toMatchObject([{ kind: "loop_guard" }]);
  });

  it("is stopped by the hourly limit too", () => {
    const decision = decide(
      aTicket(),
      pipeline,
      set({ property: "description", value: "again" }),
      ctxAt(now, { recentAutomationCount: 20 }),
    );
    expect(changesOf(decision)).toEqual([
      expect.objectContaining({
        type: "loop_guard_tripped",
        reason: "hourly_limit",
        blocked: "description not changed to a new text",
      }),
    ]);
  });
});
