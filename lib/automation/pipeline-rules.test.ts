import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import type { Cause } from "./happenings";
import {
  allowedMoveTargets,
  channelCreationStatus,
  createRuleRefusal,
  creationStatuses,
  NO_PIPELINE_RULES,
  type PipelineRules,
} from "./pipeline-rules";
import { decideNewConversation } from "./channel-routing";
import { RULE } from "./rule-names";
import {
  aPipeline,
  aReply,
  aTicket,
  byEvent,
  byRule,
  changesOf,
  CLOSED,
  ctxAt,
  NEW,
  WAITING_ON_CONTACT,
  WAITING_ON_US,
} from "./test-fixtures";

const now = "2025-06-10T12:00:00Z";
const rules = (r: Partial<PipelineRules>): PipelineRules => ({ ...NO_PIPELINE_RULES, ...r });
const agent: Cause = { kind: "user", userId: "us-agent" };
const admin: Cause = { kind: "user", userId: "us-admin", bypassesPipelineRules: true };
const apiKey: Cause = { kind: "api", userId: "us-agent" };
const move = (toStatusId: string, cause: Cause) => ({ kind: "status_change", toStatusId, cause }) as const;

describe("pipeline rules (SPEC §8)", () => {
  const strict = aPipeline({ rules: rules({ preventSkipping: true, preventBackward: true }) });

  it("prevent skipping: only to the next open status or any closed one", () => {
    expect(decide(aTicket(), strict, move(WAITING_ON_US.id, agent), ctxAt(now))).toEqual({
      ok: false,
      refusal: {
        code: "PIPELINE_RULE",
        message: `Not moved: the pipeline rule "Prevent skipping statuses" allows only "Waiting on contact" or a closed status after "New".`,
      },
    });
    expect(changesOf(decide(aTicket(), strict, move(WAITING_ON_CONTACT.id, agent), ctxAt(now)))[0]).toMatchObject({
      type: "set_status",
    });
    expect(changesOf(decide(aTicket(), strict, move(CLOSED.id, agent), ctxAt(now)))[0]).toMatchObject({
      type: "set_status",
    });
  });

  it("prevent moving backward names the rule and both statuses", () => {
    const there = aTicket({ statusId: WAITING_ON_US.id });
    const back = aPipeline({ rules: rules({ preventBackward: true }) });
    const decision = decide(there, back, move(NEW.id, agent), ctxAt(now));
    expect(decision).toMatchObject({
      ok: false,
      refusal: { code: "PIPELINE_RULE", message: expect.stringContaining('"Prevent moving backward"') },
    });
    expect(!decision.ok && decision.refusal.message).toContain('from "Waiting on us" back to "New"');
  });

  it("an API key obeys them as its user does", () => {
    expect(decide(aTicket(), strict, move(WAITING_ON_US.id, apiKey), ctxAt(now))).toMatchObject({ ok: false });
    const adminKey: Cause = { kind: "api", userId: "us-admin", bypassesPipelineRules: true };
    expect(decide(aTicket(), strict, move(WAITING_ON_US.id, adminKey), ctxAt(now))).toMatchObject({ ok: true });
  });

  it("super admins and the Account permission bypass them", () => {
    expect(decide(aTicket(), strict, move(WAITING_ON_US.id, admin), ctxAt(now))).toMatchObject({ ok: true });
  });

  it("automation is never blocked: a workflow, an event, the reopen rule", () => {
    expect(decide(aTicket(), strict, move(WAITING_ON_US.id, byRule(1)), ctxAt(now))).toMatchObject({ ok: true });
    expect(decide(aTicket(), strict, move(WAITING_ON_US.id, byEvent), ctxAt(now))).toMatchObject({ ok: true });
    const closed = aTicket({ statusId: CLOSED.id });
    const reply = aReply();
    expect(changesOf(decide(closed, strict, reply, ctxAt(now)))[0]).toMatchObject({
      type: "set_status",
      statusId: NEW.id,
      ruleName: RULE.reopenOnCustomerReply,
    });
  });

  it("below Professional they do not bind (the plan does not include them)", () => {
    const starter = ctxAt(now, { planTier: "STARTER" });
    expect(decide(aTicket(), strict, move(WAITING_ON_US.id, agent), starter)).toMatchObject({ ok: true });
  });

  it("lists the columns a card may go to, for the board", () => {
    // Both closed statuses (Closed, Won't fix) stay allowed.
    const closedIds = strict.statuses.filter((s) => s.state === "CLOSED").map((s) => s.id);
    expect(allowedMoveTargets(strict, strict.rules, NEW.id)).toEqual([NEW.id, WAITING_ON_CONTACT.id, ...closedIds]);
    expect(allowedMoveTargets(aPipeline(), NO_PIPELINE_RULES, WAITING_ON_US.id)).toHaveLength(strict.statuses.length);
  });

  it("limits the statuses a ticket can be created in, naming the allowed ones", () => {
    const limited = aPipeline({ rules: rules({ createStatusIds: [NEW.id] }) });
    expect(createRuleRefusal(limited, limited.rules, NEW.id)).toBeNull();
    expect(createRuleRefusal(limited, limited.rules, CLOSED.id)).toBe(
      'Not created: the pipeline rule "Limit the statuses a ticket can be created in" does not allow creating a ticket in "Closed" (allowed: "New").',
    );
    expect(createRuleRefusal(aPipeline(), NO_PIPELINE_RULES, CLOSED.id)).toBeNull();
  });

  it("channels obey the creation limit: the first allowed status (open before closed) instead, from Professional", () => {
    const limited = aPipeline({ rules: rules({ createStatusIds: [CLOSED.id, WAITING_ON_US.id] }) });
    expect(creationStatuses(limited, limited.rules).map((s) => s.id)).toEqual([WAITING_ON_US.id, CLOSED.id]);
    expect(channelCreationStatus(limited, NEW, "PROFESSIONAL")).toEqual({ status: WAITING_ON_US, instead: NEW });
    expect(channelCreationStatus(limited, WAITING_ON_US, "PROFESSIONAL")).toEqual({
      status: WAITING_ON_US,
      instead: null,
    });
    expect(channelCreationStatus(limited, NEW, "STARTER")).toEqual({ status: NEW, instead: null });
    const onlyClosed = aPipeline({ rules: rules({ createStatusIds: [CLOSED.id] }) });
    expect(channelCreationStatus(onlyClosed, NEW, "ENTERPRISE")?.status).toBe(CLOSED);
    const none = aPipeline({ rules: rules({ createStatusIds: ["st-gone"] }) });
    expect(channelCreationStatus(none, NEW, "ENTERPRISE")).toBeNull();

    const channel = {
      id: "ch-inbox",
      type: "TEAM_EMAIL" as const,
      name: "Support inbox",
      createsTickets: true,
      pipelineId: limited.id,
      statusId: NEW.id,
      ownerId: null,
    };
    const ctx = { now: new Date(now), timeZone: "UTC", eventId: "evt-1", planTier: "PROFESSIONAL" as const };
    const decision = decideNewConversation(channel, limited, ctx);
    expect(decision).toMatchObject({ outcome: "create_ticket", ticket: { statusId: WAITING_ON_US.id } });
    const stored = decideNewConversation({ ...channel, pipelineId: none.id }, none, ctx);
    expect(stored).toMatchObject({ outcome: "store_without_ticket", reason: "no_status_allowed" });
  });
});
