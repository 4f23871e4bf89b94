import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import { PLAN_TIERS, pipelineLimitRefusal, type PlanTier } from "./plans";
import { RULE } from "./rule-names";
import {
  aPipeline,
  aReply,
  anEmailSent,
  aTicket,
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
const both = aPipeline({
  automation: {
    emailSentTrigger: { enabled: true, statusId: WAITING_ON_CONTACT.id },
    customerReplyTrigger: { enabled: true, statusId: WAITING_ON_US.id },
  },
});
const reply = aReply();
const sent = anEmailSent();
const onPlan = (planTier: PlanTier) => ctxAt(now, { planTier });

describe("plans in the engine (SPEC §6): email triggers need Starter", () => {
  it.each([
    ["trigger A", sent, RULE.emailSentTrigger],
    ["trigger B", reply, RULE.customerReplyTrigger],
  ] as const)("on Free, %s does not move the ticket and the timeline says why", (_name, happening, ruleName) => {
    const decision = decide(aTicket(), both, happening, onPlan("FREE"));
    expect(changesOf(decision)).toEqual([{ type: "keep_status", reason: "plan_required", ruleName }]);
    expect(timelineOf(decision)).toEqual([
      expect.objectContaining({
        kind: "automation_skipped",
        ruleName,
        summary: expect.stringContaining("not run: needs the Starter plan"),
      }),
    ]);
  });

  it.each(["STARTER", "PROFESSIONAL", "ENTERPRISE"] as const)("on %s, both triggers move the ticket", (tier) => {
    expect(changesOf(decide(aTicket(), both, sent, onPlan(tier)))[0]).toMatchObject({
      type: "set_status",
      statusId: WAITING_ON_CONTACT.id,
    });
    expect(changesOf(decide(aTicket(), both, reply, onPlan(tier)))[0]).toMatchObject({
      type: "set_status",
      statusId: WAITING_ON_US.id,
    });
  });

  it("on Free, the closed-ticket reopen rule still applies (it is not a plan feature)", () => {
    const closed = aTicket({ statusId: CLOSED.id, closeDate: "2025-05-01" });
    expect(changesOf(decide(closed, both, reply, onPlan("FREE")))[0]).toMatchObject({
      type: "set_status",
      statusId: NEW.id,
      ruleName: RULE.reopenOnCustomerReply,
    });
  });

  it("on Free, a trigger that is off stays 'off' (the plan is not blamed) and writes nothing", () => {
    expect(changesOf(decide(aTicket(), aPipeline(), reply, onPlan("FREE")))).toEqual([
      { type: "keep_status", reason: "trigger_off", ruleName: RULE.customerReplyTrigger },
    ]);
  });

  it("on Free, a person's move is not a plan feature", () => {
    const move = { kind: "status_change", toStatusId: CLOSED.id, cause: byUser } as const;
    expect(changesOf(decide(aTicket(), both, move, onPlan("FREE")))[0]).toMatchObject({ type: "set_status" });
  });
});

describe("email triggers are about email (SPEC §4)", () => {
  const media = ["CHAT", "MESSENGER", "WHATSAPP", "FORM"] as const;

  it.each(media)("a %s message is not 'a customer replies to an email'", (channelType) => {
    expect(changesOf(decide(aTicket(), both, { ...reply, channelType }, onPlan("ENTERPRISE")))).toEqual([
      { type: "keep_status", reason: "not_email", ruleName: null },
    ]);
  });

  it.each(media)("a %s message never reopens a closed ticket", (channelType) => {
    const closed = aTicket({ statusId: CLOSED.id });
    expect(changesOf(decide(closed, both, { ...reply, channelType }, onPlan("ENTERPRISE")))).toEqual([
      { type: "keep_status", reason: "not_email", ruleName: null },
    ]);
  });

  it.each(media)("trigger A ignores a reply sent on a %s conversation", (channelType) => {
    expect(changesOf(decide(aTicket(), both, { ...sent, channelType }, onPlan("ENTERPRISE")))).toEqual([
      { type: "keep_status", reason: "not_email", ruleName: null },
    ]);
  });
});

describe("pipelines per plan (SPEC §6)", () => {
  it("allows Free 1, Starter 2, Professional 15, Enterprise 100", () => {
    const limits = { FREE: 1, STARTER: 2, PROFESSIONAL: 15, ENTERPRISE: 100 } as const;
    for (const tier of PLAN_TIERS) {
      expect(pipelineLimitRefusal(tier, limits[tier] - 1)).toBeNull();
      expect(pipelineLimitRefusal(tier, limits[tier])).toContain(`includes ${limits[tier]} ticket pipeline`);
    }
  });

  it("names the plan that allows more, and counts pipelines kept after a downgrade", () => {
    expect(pipelineLimitRefusal("FREE", 1)).toBe(
      "The Free plan includes 1 ticket pipeline; this account has 1. The Starter plan allows 2.",
    );
    expect(pipelineLimitRefusal("STARTER", 5)).toBe(
      "The Starter plan includes 2 ticket pipelines; this account has 5. The Professional plan allows 15.",
    );
    expect(pipelineLimitRefusal("ENTERPRISE", 100)).toBe(
      "The Enterprise plan includes 100 ticket pipelines; this account has 100.",
    );
  });
});
