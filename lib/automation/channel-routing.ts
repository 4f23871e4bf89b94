// SPEC §2, connected channels: a new conversation on a channel creates a ticket in the
// channel's pipeline and status, or is stored without one, with the reason why.
import type { Attribution } from "./attribution";
import type { Effect, TimelineEntryDraft } from "./effects";
import { findStatus, firstOpenStatus } from "./first-open-status";
import { channelCreationStatus, PIPELINE_RULE_LABEL } from "./pipeline-rules";
import type { PlanTier } from "./plans";
import { RULE } from "./rule-names";
import { ticketCreatedEffects } from "./ticket-created";
import type { ChannelType, PipelineSnapshot, Priority, StatusSnapshot, TicketSource } from "./types";

export interface ChannelSnapshot {
  id: string;
  type: ChannelType;
  name: string;
  createsTickets: boolean;
  pipelineId: string | null;
  statusId: string | null;
  ownerId: string | null;
}

export const TICKET_SOURCE_FOR_CHANNEL: Record<ChannelType, TicketSource> = {
  TEAM_EMAIL: "EMAIL",
  CHAT: "CHAT",
  FORM: "FORM",
  MESSENGER: "MESSENGER",
  WHATSAPP: "WHATSAPP",
  PHONE: "PHONE",
};

export type StoreWithoutTicketReason =
  | "auto_reply"
  | "ticket_creation_off"
  | "no_pipeline"
  | "pipeline_not_found"
  | "status_not_in_pipeline"
  | "no_open_status"
  | "no_status_allowed";

/** The ticket to insert; `effects` then apply to it as to any other ticket. */
export interface NewTicketDraft {
  /** Null for a follow-up ticket (SPEC §9), which no channel created. */
  channelId: string | null;
  pipelineId: string;
  statusId: string;
  source: TicketSource;
  ownerId: string | null;
  priority: Priority;
}

export type NewConversationDecision =
  | { outcome: "create_ticket"; ticket: NewTicketDraft; effects: Effect[] }
  | { outcome: "store_without_ticket"; reason: StoreWithoutTicketReason; explanation: string };

export interface NewConversationContext {
  now: Date;
  timeZone: string;
  /** The account's plan (SPEC §9: SLA clocks start from Professional). */
  planTier: PlanTier;
  eventId: string | null;
}

const EXPLANATIONS: Record<StoreWithoutTicketReason, string> = {
  auto_reply: "it is an automatic reply (out of office, bounce), which never creates a ticket",
  ticket_creation_off: "ticket creation is turned off for this channel",
  no_pipeline: "the channel has no pipeline to create tickets in",
  pipeline_not_found: "the channel's pipeline no longer exists",
  status_not_in_pipeline: "the channel's status is not in its pipeline",
  no_open_status: "the channel's pipeline has no open status",
  no_status_allowed: `the pipeline rule "${PIPELINE_RULE_LABEL.createStatusIds}" allows none of its statuses`,
};

function store(channel: ChannelSnapshot, reason: StoreWithoutTicketReason): NewConversationDecision {
  const explanation = `Message stored without a ticket: ${EXPLANATIONS[reason]} (channel "${channel.name}").`;
  return { outcome: "store_without_ticket", reason, explanation };
}

/** The channel's status; with none chosen (e.g. it was deleted), the first open status. */
function initialStatus(
  channel: ChannelSnapshot,
  pipeline: PipelineSnapshot,
): StatusSnapshot | StoreWithoutTicketReason {
  if (channel.statusId === null) return firstOpenStatus(pipeline) ?? "no_open_status";
  return findStatus(pipeline, channel.statusId) ?? "status_not_in_pipeline";
}

export function decideNewConversation(
  channel: ChannelSnapshot,
  pipeline: PipelineSnapshot | null,
  ctx: NewConversationContext,
  message: { autoReply: boolean } = { autoReply: false },
): NewConversationDecision {
  // An out-of-office answering our own email would otherwise open a ticket of its own.
  if (message.autoReply) return store(channel, "auto_reply");
  if (!channel.createsTickets) return store(channel, "ticket_creation_off");
  if (channel.pipelineId === null) return store(channel, "no_pipeline");
  if (pipeline === null || pipeline.id !== channel.pipelineId) {
    return store(channel, "pipeline_not_found");
  }
  const own = initialStatus(channel, pipeline);
  if (typeof own === "string") return store(channel, own);
  const placed = channelCreationStatus(pipeline, own, ctx.planTier);
  if (placed === null) return store(channel, "no_status_allowed");
  const { status } = placed;
  const ticket: NewTicketDraft = {
    channelId: channel.id,
    pipelineId: pipeline.id,
    statusId: status.id,
    source: TICKET_SOURCE_FOR_CHANNEL[channel.type],
    ownerId: channel.ownerId,
    priority: "MEDIUM",
  };
  const effects = creationEffects(ticket, channel, pipeline, placed, ctx);
  return { outcome: "create_ticket", ticket, effects };
}

/** A new ticket reaches its first status too: "Ticket received" emails start here (§5). */
function creationEffects(
  ticket: NewTicketDraft,
  channel: ChannelSnapshot,
  pipeline: PipelineSnapshot,
  { status, instead }: { status: StatusSnapshot; instead: StatusSnapshot | null },
  ctx: NewConversationContext,
): Effect[] {
  const by: Attribution = {
    actorUserId: null,
    eventId: ctx.eventId,
    ruleName: RULE.channelTicketCreation,
    depth: 0,
  };
  const created: TimelineEntryDraft = {
    ...by,
    kind: "ticket_created",
    summary:
      `Ticket created from channel "${channel.name}" in "${pipeline.name}", status "${status.label}"` +
      (instead
        ? ` (the channel's status "${instead.label}" is not allowed by the pipeline rule "${PIPELINE_RULE_LABEL.createStatusIds}")`
        : ""),
    detail: {
      channelId: channel.id,
      channelType: channel.type,
      statusId: status.id,
      ...(instead ? { channelStatusId: instead.id } : {}),
    },
  };
  const entered = ticketCreatedEffects({
    ticket,
    pipeline,
    status,
    by,
    now: ctx.now,
    timeZone: ctx.timeZone,
    planTier: ctx.planTier,
  });
  return [{ type: "timeline", entry: created }, ...entered];
}
