import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import type { Happening } from "./happenings";
import { RULE } from "./rule-names";
import {
  aPipeline,
  aTicket,
  aWorkflow,
  byEvent,
  byRule,
  byUser,
  changesOf,
  CLOSED,
  ctxAt,
  NEW,
  timelineOf,
  WAITING_ON_CONTACT,
  WAITING_ON_US,
} from "./test-fixtures";

const now = "2025-06-10T12:00:00Z";
const pipeline = aPipeline({
  automation: {
    emailSentTrigger: { enabled: true, statusId: WAITING_ON_CONTACT.id },
    customerReplyTrigger: { enabled: true, statusId: WAITING_ON_US.id },
  },
  statusWorkflows: [aWorkflow({ workflowId: "wf-us", statusId: WAITING_ON_US.id, name: "Notify owner" })],
});
const reply: Happening = {
  kind: "message_received",
  channelType: "TEAM_EMAIL",
  threadId: "th-origin",
  threadCreatedAt: new Date("2025-03-01T09:00:00Z"),
  forwarded: false,
  inReplyToForwarded: false,
  fromContact: true,
  autoReply: false,
  cause: byEvent,
};
const sent: Happening = {
  kind: "email_sent",
  channelType: "TEAM_EMAIL",
  sentFrom: "ticket",
  forwarded: false,
  threadId: "th-origin",
  cause: byUser,
};

describe("decide: emails (SPEC §4 through the one engine)", () => {
  it("moves on a customer reply, names the trigger and the event, and enrols one level deeper", () => {
    const decision = decide(aTicket(), pipeline, reply, ctxAt(now));
    expect(changesOf(decision)).toEqual([
      expect.objectContaining({
        type: "set_status",
        statusId: WAITING_ON_US.id,
        ruleName: RULE.customerReplyTrigger,
        depth: 1,
      }),
      expect.objectContaining({ type: "enroll", workflowId: "wf-us", depth: 2 }),
    ]);
    expect(timelineOf(decision)[0]).toMatchObject({ eventId: "ev-1", ruleName: RULE.customerReplyTrigger, depth: 1 });
  });

  it("moves on an email sent from the ticket record, crediting the user", () => {
    const decision = decide(aTicket(), pipeline, sent, ctxAt(now));
    expect(changesOf(decision)[0]).toMatchObject({
      type: "set_status",
      statusId: WAITING_ON_CONTACT.id,
      ruleName: RULE.emailSentTrigger,
    });
    expect(timelineOf(decision)[0]).toMatchObject({ actorUserId: "us-agent" });
  });

  it("reopens a closed ticket into the first open status, keeps the close date, marks the reopen", () => {
    const ticket = aTicket({ statusId: CLOSED.id, closeDate: "2025-05-01", timeToCloseMs: 1 });
    const decision = decide(ticket, pipeline, reply, ctxAt(now));
    expect(changesOf(decision)).toEqual([
      expect.objectContaining({ type: "set_status", statusId: NEW.id, ruleName: RULE.reopenOnCustomerReply }),
      { type: "keep_close_date", date: "2025-05-01", reason: "reopened" },
      { type: "mark_reopened", at: new Date(now) },
    ]);
    expect(timelineOf(decision).map((t) => t.kind)).toEqual(["status_changed", "reopened"]);
  });

  it("explains a message that changes nothing without writing a timeline entry", () => {
    const forwarded = { ...reply, forwarded: true };
    expect(decide(aTicket(), pipeline, forwarded, ctxAt(now))).toEqual({
      ok: true,
      effects: [{ type: "keep_status", reason: "forwarded", ruleName: null }],
    });
  });

  it("records a misconfigured trigger on the timeline, since someone should fix it", () => {
    const broken = aPipeline({ automation: { customerReplyTrigger: { enabled: true, statusId: "st-deleted" } } });
    const decision = decide(aTicket(), broken, reply, ctxAt(now));
    expect(timelineOf(decision)).toMatchObject([{ kind: "automation_skipped", ruleName: RULE.customerReplyTrigger }]);
  });

  it("says 'already in status' rather than moving to where the ticket is", () => {
    const there = aTicket({ statusId: WAITING_ON_US.id });
    expect(decide(there, pipeline, reply, ctxAt(now))).toEqual({
      ok: true,
      effects: [{ type: "keep_status", reason: "already_in_status", ruleName: RULE.customerReplyTrigger }],
    });
  });

  it("trips the hourly loop guard on a reply storm (auto-responders ping-ponging)", () => {
    const decision = decide(aTicket(), pipeline, reply, ctxAt(now, { recentAutomationCount: 20 }));
    expect(changesOf(decision)).toMatchObject([{ type: "loop_guard_tripped", reason: "hourly_limit" }]);
    expect(timelineOf(decision)).toMatchObject([{ kind: "loop_guard" }]);
  });

  it("does not let automated emails trigger a move", () => {
    const automated = { ...sent, cause: byRule(1) };
    expect(changesOf(decide(aTicket(), pipeline, automated, ctxAt(now)))).toEqual([
      { type: "keep_status", reason: "sent_by_automation", ruleName: null },
    ]);
  });
});

describe("decide: property changes", () => {
  const priority = (
    value: "LOW" | "HIGH",
    extra: Partial<Extract<Happening, { kind: "property_change" }>> = {},
  ): Happening => ({
    kind: "property_change",
    change: { property: "priority", value },
    cause: byUser,
    ...extra,
  });

  it("changes the priority and explains it", () => {
    const decision = decide(aTicket(), pipeline, priority("HIGH"), ctxAt(now));
    expect(changesOf(decision)).toEqual([
      {
        type: "set_property",
        change: { property: "priority", value: "HIGH" },
        from: "MEDIUM",
        ruleName: null,
        depth: 0,
      },
    ]);
    expect(timelineOf(decision)[0]?.summary).toBe("Priority changed from MEDIUM to HIGH");
  });

  it("assigns an owner and enrols nothing", () => {
    const assign: Happening = {
      kind: "property_change",
      change: { property: "ownerId", value: "us-2" },
      cause: byUser,
    };
    expect(changesOf(decide(aTicket(), pipeline, assign, ctxAt(now)))).toEqual([
      expect.objectContaining({ type: "set_property", from: null }),
    ]);
  });

  it("is a no-op when the value is unchanged", () => {
    const same: Happening = {
      kind: "property_change",
      change: { property: "priority", value: "MEDIUM" },
      cause: byUser,
    };
    expect(decide(aTicket(), pipeline, same, ctxAt(now))).toEqual({ ok: true, effects: [] });
  });

  it("refuses a stale version", () => {
    expect(
      decide(aTicket({ version: 3 }), pipeline, priority("HIGH", { expectedVersion: 2 }), ctxAt(now)),
    ).toMatchObject({
      ok: false,
      refusal: { code: "VERSION_CONFLICT" },
    });
  });

  it("loop-guards a workflow's set-property action", () => {
    const decision = decide(aTicket(), pipeline, priority("LOW", { cause: byRule(5) }), ctxAt(now));
    expect(changesOf(decision)).toMatchObject([{ type: "loop_guard_tripped", reason: "depth" }]);
  });
});
