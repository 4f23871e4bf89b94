import { describe, expect, it } from "vitest";
import { decideNewConversation, TICKET_SOURCE_FOR_CHANNEL, type ChannelSnapshot } from "./channel-routing";
import { aPipeline, aWorkflow, CLOSED, NEW, WAITING_ON_US } from "./test-fixtures";
import type { ChannelType } from "./types";

const ctx = {
  now: new Date("2025-06-10T23:30:00Z"),
  timeZone: "Asia/Tokyo",
  eventId: "ev-9",
  planTier: "ENTERPRISE" as const,
};
const channel = (overrides: Partial<ChannelSnapshot> = {}): ChannelSnapshot => ({
  id: "ch-1",
  type: "TEAM_EMAIL",
  name: "support@example.com",
  createsTickets: true,
  pipelineId: "pl-support",
  statusId: WAITING_ON_US.id,
  ownerId: "us-owner",
  ...overrides,
});
const created = (decision: ReturnType<typeof decideNewConversation>) => {
  if (decision.outcome !== "create_ticket") throw new Error(decision.explanation);
  return decision;
};

describe("connected channels: a new conversation (SPEC §2)", () => {
  it("creates a ticket in the channel's pipeline and status, with the channel's owner", () => {
    expect(created(decideNewConversation(channel(), aPipeline(), ctx)).ticket).toEqual({
      channelId: "ch-1",
      pipelineId: "pl-support",
      statusId: WAITING_ON_US.id,
      source: "EMAIL",
      ownerId: "us-owner",
      priority: "MEDIUM",
    });
  });

  const mapping: [ChannelType, string][] = [
    ["TEAM_EMAIL", "EMAIL"],
    ["CHAT", "CHAT"],
    ["FORM", "FORM"],
    ["MESSENGER", "MESSENGER"],
    ["WHATSAPP", "WHATSAPP"],
    ["PHONE", "PHONE"],
  ];
  for (const [type, source] of mapping) {
    it(`gives tickets from a ${type} channel the source ${source}`, () => {
      expect(TICKET_SOURCE_FOR_CHANNEL[type]).toBe(source);
      expect(created(decideNewConversation(channel({ type }), aPipeline(), ctx)).ticket.source).toBe(source);
    });
  }

  it("records the creation on the timeline with the event", () => {
    const { effects } = created(decideNewConversation(channel(), aPipeline(), ctx));
    expect(effects[0]).toMatchObject({ type: "timeline", entry: { kind: "ticket_created", eventId: "ev-9" } });
  });

  it("stores the message without a ticket when ticket creation is off", () => {
    expect(decideNewConversation(channel({ createsTickets: false }), aPipeline(), ctx)).toEqual({
      outcome: "store_without_ticket",
      reason: "ticket_creation_off",
      explanation: expect.stringContaining("turned off"),
    });
  });

  it("never creates a ticket for an auto-reply (out of office, bounce), even on a channel that creates tickets", () => {
    expect(decideNewConversation(channel(), aPipeline(), ctx, { autoReply: true })).toEqual({
      outcome: "store_without_ticket",
      reason: "auto_reply",
      explanation: expect.stringContaining("automatic reply"),
    });
    expect(decideNewConversation(channel(), aPipeline(), ctx, { autoReply: false }).outcome).toBe("create_ticket");
  });

  it("stores the message when the channel has no pipeline", () => {
    expect(decideNewConversation(channel({ pipelineId: null }), null, ctx)).toMatchObject({ reason: "no_pipeline" });
  });

  it("stores the message when the channel's pipeline is gone or another one was passed", () => {
    expect(decideNewConversation(channel(), null, ctx)).toMatchObject({ reason: "pipeline_not_found" });
    expect(decideNewConversation(channel({ pipelineId: "pl-sales" }), aPipeline(), ctx)).toMatchObject({
      reason: "pipeline_not_found",
    });
  });

  it("stores the message when the channel's status is not in its pipeline", () => {
    expect(decideNewConversation(channel({ statusId: "st-sales" }), aPipeline(), ctx)).toMatchObject({
      reason: "status_not_in_pipeline",
    });
  });

  it("falls back to the first open status when the channel has none (it was deleted)", () => {
    expect(created(decideNewConversation(channel({ statusId: null }), aPipeline(), ctx)).ticket.statusId).toBe(NEW.id);
    expect(decideNewConversation(channel({ statusId: null }), aPipeline({ statuses: [CLOSED] }), ctx)).toMatchObject({
      reason: "no_open_status",
    });
  });

  it("enrols the new ticket in its first status's workflow ('Ticket received')", () => {
    const pipeline = aPipeline({
      statusWorkflows: [aWorkflow({ workflowId: "wf-received", statusId: WAITING_ON_US.id })],
    });
    const { effects } = created(decideNewConversation(channel(), pipeline, ctx));
    expect(effects).toContainEqual(expect.objectContaining({ type: "enroll", workflowId: "wf-received", depth: 1 }));
  });

  it("leaves chat tickets out of status actions through the default filter", () => {
    const pipeline = aPipeline({ statusWorkflows: [aWorkflow({ statusId: WAITING_ON_US.id })] });
    const { effects } = created(decideNewConversation(channel({ type: "CHAT" }), pipeline, ctx));
    expect(effects).toContainEqual(expect.objectContaining({ type: "skip_enrollment", reason: "filters_not_matched" }));
  });

  it("sets the close date (account zone) for a ticket created straight into a closed status", () => {
    const { effects } = created(decideNewConversation(channel({ statusId: CLOSED.id }), aPipeline(), ctx));
    expect(effects).toContainEqual({ type: "set_close_date", date: "2025-06-11", previous: null, setBy: "automation" });
    expect(effects).toContainEqual({ type: "set_time_to_close", ms: 0 });
  });

  it("sets no close date for a ticket created into an open status", () => {
    const { effects } = created(decideNewConversation(channel(), aPipeline(), ctx));
    expect(effects.some((e) => e.type === "set_close_date")).toBe(false);
  });
});
