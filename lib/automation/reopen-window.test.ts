import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import {
  aPipeline,
  aReply,
  aTicket,
  aTriggerWorkflow,
  changesOf,
  CLOSED,
  ctxAt,
  NEW,
  timelineOf,
} from "./test-fixtures";

const closedAt = new Date("2025-06-01T12:00:00Z");
const closed = aTicket({ statusId: CLOSED.id, closedAt });
const windowOf = (days: number | null) =>
  aPipeline({
    automation: { reopenWindowDays: days },
    triggerWorkflows: [aTriggerWorkflow({ trigger: "CUSTOMER_REPLY" })],
  });

describe("reopen window (SPEC §9)", () => {
  it("off (the default): a reply on a closed ticket reopens it into the first open status, however old", () => {
    const effects = changesOf(decide(closed, windowOf(null), aReply(), ctxAt("2026-06-01T12:00:00Z")));
    expect(effects).toContainEqual(expect.objectContaining({ type: "set_status", statusId: NEW.id }));
  });

  it("within the window the ticket reopens as before", () => {
    const effects = changesOf(decide(closed, windowOf(7), aReply(), ctxAt("2025-06-08T12:00:00Z")));
    expect(effects).toContainEqual(expect.objectContaining({ type: "set_status", statusId: NEW.id }));
  });

  it("past the window the reply opens a follow-up instead: no move, no enrolment, said on the timeline", () => {
    const decision = decide(closed, windowOf(7), aReply(), ctxAt("2025-06-08T12:00:01Z"));
    expect(changesOf(decision)).toEqual([
      { type: "keep_status", reason: "reopen_window_passed", ruleName: "reopen_window" },
      { type: "create_follow_up", closedAt, windowDays: 7 },
    ]);
    expect(timelineOf(decision)).toMatchObject([
      {
        kind: "follow_up",
        ruleName: "reopen_window",
        eventId: "ev-1",
        summary:
          "Not reopened: the ticket closed more than 7 days ago (the reopen window), so the reply opens a follow-up ticket",
      },
    ]);
  });

  it("applies to closed tickets only, and never to what never reopens (auto-replies, forwards, chat)", () => {
    const open = aTicket({ closedAt });
    const late = ctxAt("2025-09-01T00:00:00Z");
    expect(changesOf(decide(open, windowOf(7), aReply(), late))).not.toContainEqual(
      expect.objectContaining({ type: "create_follow_up" }),
    );
    for (const reply of [aReply({ autoReply: true }), aReply({ forwarded: true }), aReply({ channelType: "CHAT" })]) {
      expect(changesOf(decide(closed, windowOf(7), reply, late))).toEqual([
        expect.objectContaining({ type: "keep_status" }),
      ]);
    }
  });

  it("a ticket closed before the window was recorded (no closedAt) reopens as before", () => {
    const effects = changesOf(
      decide(aTicket({ statusId: CLOSED.id }), windowOf(1), aReply(), ctxAt("2026-01-01T00:00:00Z")),
    );
    expect(effects).toContainEqual(expect.objectContaining({ type: "set_status", statusId: NEW.id }));
  });
});
