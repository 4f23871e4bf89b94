// The workflow editor's event triggers through decide(): "ticket created", "an email is sent to
// a customer from the ticket record", "a customer replies to an email". For each, a case where
// the workflow must enrol and the cases where it must not.
import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import { DEFAULT_FILTER_GROUPS } from "./enrollment-filters";
import type { EmailSent, Happening, MessageReceived } from "./happenings";
import { projectTicket } from "./project-ticket";
import { RULE } from "./rule-names";
import { ticketCreatedEffects } from "./ticket-created";
import {
  aPipeline,
  aTicket,
  aTriggerWorkflow,
  byEvent,
  byRule,
  byUser,
  changesOf,
  CLOSED,
  ctxAt,
  effectsOf,
  NEW,
  timelineOf,
  WAITING_ON_US,
} from "./test-fixtures";
import type { EventTrigger, TriggerWorkflowSnapshot } from "./types";

const now = "2025-06-10T12:00:00Z";
const withTrigger = (trigger: EventTrigger, overrides: Partial<TriggerWorkflowSnapshot> = {}) =>
  aPipeline({ triggerWorkflows: [aTriggerWorkflow({ trigger, ...overrides })] });
const enrolments = (effects: ReturnType<typeof changesOf>) =>
  effects.flatMap((e) => (e.type === "enroll" || e.type === "skip_enrollment" ? [e] : []));

const reply: MessageReceived = {
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
const sent: EmailSent = {
  kind: "email_sent",
  channelType: "TEAM_EMAIL",
  sentFrom: "ticket",
  forwarded: false,
  threadId: "th-origin",
  cause: byEvent,
};

describe("trigger: ticket created", () => {
  const created = (pipeline = withTrigger("TICKET_CREATED"), source: "EMAIL" | "CHAT" = "EMAIL") =>
    ticketCreatedEffects({
      ticket: { source, priority: "MEDIUM", ownerId: null },
      pipeline,
      status: NEW,
      by: { actorUserId: null, eventId: "ev-new", ruleName: RULE.channelTicketCreation, depth: 0 },
      now: new Date(now),
      timeZone: "UTC",
      planTier: "ENTERPRISE",
    });

  it("enrols the new ticket at depth 1, on the timeline with the rule and the event", () => {
    const effects = created();
    expect(enrolments(effects)).toEqual([
      {
        type: "enroll",
        workflowId: "wf-trigger",
        workflowName: "Welcome",
        trigger: "TICKET_CREATED",
        statusId: null,
        depth: 1,
      },
    ]);
    expect(effects.flatMap((e) => (e.type === "timeline" ? [e.entry] : []))).toContainEqual(
      expect.objectContaining({
        kind: "workflow_enrolled",
        summary: 'Enrolled in workflow "Welcome": the ticket was created',
        ruleName: RULE.ticketCreatedTrigger,
        eventId: "ev-new",
        depth: 1,
        detail: { workflowId: "wf-trigger", trigger: "TICKET_CREATED" },
      }),
    );
  });

  it("passes over a turned-off workflow (a draft) without a timeline line", () => {
    const effects = created(withTrigger("TICKET_CREATED", { enabled: false }));
    expect(enrolments(effects)).toEqual([]);
    expect(effects.filter((e) => e.type === "timeline" && e.entry.kind.startsWith("workflow_"))).toEqual([]);
  });

  it.each([
    [
      "the filters do not match",
      { enrollmentFilterGroups: [[{ property: "priority", operator: "is", value: "URGENT" }]] },
      "filters_not_matched",
    ],
  ] as const)("does not enrol when %s", (_why, overrides, reason) => {
    expect(enrolments(created(withTrigger("TICKET_CREATED", overrides)))).toMatchObject([
      { type: "skip_enrollment", reason },
    ]);
  });

  it("leaves chat tickets out through the default filter unless a group lets them in (as status actions do)", () => {
    expect(enrolments(created(undefined, "CHAT"))).toMatchObject([
      { type: "skip_enrollment", reason: "filters_not_matched" },
    ]);
    const optedIn = withTrigger("TICKET_CREATED", {
      enrollmentFilterGroups: [...DEFAULT_FILTER_GROUPS, [{ property: "source", operator: "is", value: "CHAT" }]],
    });
    expect(enrolments(created(optedIn, "CHAT"))).toMatchObject([{ type: "enroll" }]);
  });

  it("ignores workflows with another trigger", () => {
    expect(enrolments(created(withTrigger("CUSTOMER_REPLY")))).toEqual([]);
  });
});

describe("trigger: an email is sent to a customer from the ticket record", () => {
  const pipeline = withTrigger("EMAIL_SENT_FROM_TICKET");

  it("enrols on an email from the ticket record, even with §4 trigger A off, credited to the event", () => {
    const decision = decide(aTicket(), pipeline, sent, ctxAt(now));
    expect(enrolments(changesOf(decision))).toMatchObject([
      { type: "enroll", trigger: "EMAIL_SENT_FROM_TICKET", depth: 1 },
    ]);
    expect(timelineOf(decision)).toContainEqual(
      expect.objectContaining({
        kind: "workflow_enrolled",
        ruleName: RULE.emailSentWorkflowTrigger,
        eventId: "ev-1",
        summary: 'Enrolled in workflow "Welcome": an email was sent to the contact from the ticket record',
      }),
    );
  });

  it.each([
    ["sent from the contact record", { sentFrom: "contact" }],
    ["sent from a personal inbox", { sentFrom: "personal_inbox" }],
    ["forwarded", { forwarded: true }],
    ["sent by automation", { cause: byRule(1) }],
  ] as const)("does not enrol on an email %s", (_why, overrides) => {
    expect(enrolments(changesOf(decide(aTicket(), pipeline, { ...sent, ...overrides }, ctxAt(now))))).toEqual([]);
  });

  it("enrols once when re-enrollment is off", () => {
    const once = withTrigger("EMAIL_SENT_FROM_TICKET", { reenrollment: false });
    const first = decide(aTicket(), once, sent, ctxAt(now));
    const after = projectTicket(aTicket(), effectsOf(first));
    expect(after.enrolledWorkflowIds).toEqual(["wf-trigger"]);
    expect(enrolments(changesOf(decide(after, once, sent, ctxAt(now))))).toMatchObject([
      { type: "skip_enrollment", reason: "already_enrolled" },
    ]);
  });

  it("is refused with the ticket's pipeline's workflows only: another pipeline's snapshot is a mismatch", () => {
    expect(decide(aTicket({ pipelineId: "pl-billing" }), pipeline, sent, ctxAt(now))).toMatchObject({
      ok: false,
      refusal: { code: "PIPELINE_MISMATCH" },
    });
  });

  it("moves the ticket by trigger A and enrols, in that order", () => {
    const both = aPipeline({
      automation: { emailSentTrigger: { enabled: true, statusId: WAITING_ON_US.id } },
      triggerWorkflows: [aTriggerWorkflow({ trigger: "EMAIL_SENT_FROM_TICKET" })],
    });
    expect(changesOf(decide(aTicket(), both, { ...sent, cause: byUser }, ctxAt(now))).map((e) => e.type)).toEqual([
      "set_status",
      "enroll",
    ]);
  });
});

describe("trigger: a customer replies to an email", () => {
  const pipeline = withTrigger("CUSTOMER_REPLY");
  const enrolledBy = (ticket: ReturnType<typeof aTicket>, message: Happening, p = pipeline) =>
    enrolments(changesOf(decide(ticket, p, message, ctxAt(now))));

  it("enrols on the contact's reply on the ticket's thread, even with §4 trigger B off", () => {
    const decision = decide(aTicket(), pipeline, reply, ctxAt(now));
    expect(enrolments(changesOf(decision))).toMatchObject([{ type: "enroll", trigger: "CUSTOMER_REPLY", depth: 1 }]);
    expect(timelineOf(decision)).toContainEqual(
      expect.objectContaining({ ruleName: RULE.customerReplyWorkflowTrigger, eventId: "ev-1" }),
    );
  });

  it("enrols on the reply that reopens a closed ticket, after the reopen", () => {
    const changes = changesOf(decide(aTicket({ statusId: CLOSED.id }), pipeline, reply, ctxAt(now)));
    expect(changes.map((e) => e.type)).toEqual(["set_status", "keep_close_date", "mark_reopened", "enroll"]);
  });

  it.each([
    ["forwarded", { forwarded: true }],
    ["a reply to a forwarded email", { inReplyToForwarded: true }],
    ["an auto-reply", { autoReply: true }],
    ["not from the ticket's contact", { fromContact: false }],
    ["on another thread of the ticket", { threadId: "th-other" }],
  ] as const)("does not enrol on a message %s", (_why, overrides) => {
    expect(enrolledBy(aTicket(), { ...reply, ...overrides })).toEqual([]);
  });

  it("counts a new thread after a reopen, as trigger B does", () => {
    const reopened = aTicket({ reopenedAt: new Date("2025-06-01T00:00:00Z") });
    const onNewThread = { ...reply, threadId: "th-new", threadCreatedAt: new Date("2025-06-05T00:00:00Z") };
    expect(enrolledBy(reopened, onNewThread)).toMatchObject([{ type: "enroll" }]);
  });

  it("passes over a turned-off workflow in silence", () => {
    expect(enrolledBy(aTicket(), reply, withTrigger("CUSTOMER_REPLY", { enabled: false }))).toEqual([]);
  });

  it.each([
    [
      "its filters do not match",
      { enrollmentFilterGroups: [[{ property: "ownerId", operator: "is_known" }]] },
      "filters_not_matched",
    ],
    ["it has no actions", { hasActions: false }, "no_actions"],
  ] as const)("skips when %s", (_why, overrides, reason) => {
    expect(enrolledBy(aTicket(), reply, withTrigger("CUSTOMER_REPLY", overrides))).toMatchObject([
      { type: "skip_enrollment", reason },
    ]);
  });

  it("does not enrol a second time when re-enrollment is off", () => {
    const once = withTrigger("CUSTOMER_REPLY", { reenrollment: false });
    expect(enrolledBy(aTicket({ enrolledWorkflowIds: ["wf-trigger"] }), reply, once)).toMatchObject([
      { type: "skip_enrollment", reason: "already_enrolled" },
    ]);
  });
});

describe("the origin thread of a ticket made by hand (SPEC §4 trigger B)", () => {
  const originOf = (decision: ReturnType<typeof decide>) =>
    changesOf(decision).filter((e) => e.type === "set_origin_thread");

  it("is the thread of the first email sent to the contact from the ticket record", () => {
    const decision = decide(
      aTicket({ originThreadId: null }),
      aPipeline(),
      { ...sent, threadId: "th-first" },
      ctxAt(now),
    );
    expect(originOf(decision)).toEqual([{ type: "set_origin_thread", threadId: "th-first" }]);
    expect(projectTicket(aTicket({ originThreadId: null }), effectsOf(decision))).toMatchObject({
      originThreadId: "th-first",
      version: 2,
    });
  });

  it("is not replaced by a later email, nor set by an email from the contact record", () => {
    expect(originOf(decide(aTicket(), aPipeline(), { ...sent, threadId: "th-first" }, ctxAt(now)))).toEqual([]);
    expect(
      originOf(decide(aTicket({ originThreadId: null }), aPipeline(), { ...sent, sentFrom: "contact" }, ctxAt(now))),
    ).toEqual([]);
  });

  it("is the thread of the ticket's own automated email when that comes first, without moving the ticket or enrolling", () => {
    const automated: EmailSent = { ...sent, threadId: "th-auto", cause: byRule(1) };
    const decision = decide(
      aTicket({ originThreadId: null }),
      withTrigger("EMAIL_SENT_FROM_TICKET"),
      automated,
      ctxAt(now),
    );
    expect(changesOf(decision).filter((e) => e.type !== "keep_status")).toEqual([
      { type: "set_origin_thread", threadId: "th-auto" },
    ]);
    expect(timelineOf(decision)).toEqual([]);
  });

  it("is not set by a forwarded email, one from a personal inbox, or an automated one forwarded", () => {
    const blank = aTicket({ originThreadId: null });
    for (const email of [
      { ...sent, forwarded: true },
      { ...sent, sentFrom: "personal_inbox" as const },
      { ...sent, forwarded: true, cause: byRule(1) },
    ]) {
      expect(originOf(decide(blank, aPipeline(), email, ctxAt(now)))).toEqual([]);
    }
  });

  it("is left unnamed in a dry run, where the email's new thread does not exist yet", () => {
    const decision = decide(aTicket({ originThreadId: null }), aPipeline(), { ...sent, threadId: null }, ctxAt(now));
    expect(originOf(decision)).toEqual([{ type: "set_origin_thread", threadId: null }]);
    expect(projectTicket(aTicket({ originThreadId: null }), effectsOf(decision))).toMatchObject({
      originThreadId: null,
    });
  });
});
