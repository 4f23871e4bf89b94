// What sending from the ticket record will do to the status, in the Automate tab's words
// (SPEC §4 trigger A), shown beside the composer so nobody is surprised by a status change.
// It asks what the engine asks (lib/automation/email-triggers.ts, plan-gate.ts): the
// conversation's medium (trigger A counts emails only), the trigger, its status, the plan.
import "server-only";
import { db } from "@/lib/db";
import { currentPlanTier } from "@/lib/account/current-plan";
import { planAllows, type PlanTier } from "@/lib/automation/plans";
import type { ChannelType } from "@/lib/automation/types";
import { CHANNEL_TYPE_LABEL } from "@/lib/channels/schemas";
import type { TicketRecord } from "./ticket-record";

type NoteTicket = Pick<TicketRecord, "statusId" | "pipeline">;

/**
 * The note for one send. `medium` is the type of the conversation replied on; an agent's new
 * conversation (or a thread with no channel) is email, as the engine reads it.
 */
export function emailSentTriggerNote(
  ticket: NoteTicket,
  planTier: PlanTier,
  medium: ChannelType = "TEAM_EMAIL",
): string {
  const { automation, workflows } = ticket.pipeline;
  if (medium !== "TEAM_EMAIL") {
    return `Replying on a ${CHANNEL_TYPE_LABEL[medium]} conversation keeps the status: “An email is sent to a customer” counts emails only.`;
  }
  const target = ticket.pipeline.statuses.find((s) => s.id === automation?.emailSentTriggerStatusId);
  if (!workflows.some((w) => w.enabled)) {
    return "This pipeline's “An email is sent to a customer” trigger is off: sending keeps the status.";
  }
  if (!target)
    return "“An email is sent to a customer” is on but its status no longer exists: sending keeps the status.";
  if (!planAllows(planTier, "statusEmailTriggers"))
    return "“An email is sent to a customer” needs the Starter plan: sending keeps the status.";
  if (target.id === ticket.statusId) return `Sending keeps the status: the ticket is already in “${target.label}”.`;
  return `Sending moves this ticket to “${target.label}” (“An email is sent to a customer”).`;
}

/** The composer's notes: one for a new conversation, one per thread it can reply on. */
export interface ComposerTriggerNotes {
  newConversation: string;
  byThread: Record<string, string>;
}

export function composerTriggerNotes(
  ticket: NoteTicket,
  planTier: PlanTier,
  threads: readonly { id: string; channelType: ChannelType | null }[],
): ComposerTriggerNotes {
  return {
    newConversation: emailSentTriggerNote(ticket, planTier),
    byThread: Object.fromEntries(
      threads.map((t) => [t.id, emailSentTriggerNote(ticket, planTier, t.channelType ?? "TEAM_EMAIL")]),
    ),
  };
}

/** The record's composer notes for the ticket's threads, on the account's plan now. */
export async function ticketComposerTriggerNotes(ticket: NoteTicket & { id: string }): Promise<ComposerTriggerNotes> {
  const [planTier, threads] = await Promise.all([
    currentPlanTier(),
    db.thread.findMany({ where: { ticketId: ticket.id }, select: { id: true, channel: { select: { type: true } } } }),
  ]);
  return composerTriggerNotes(
    ticket,
    planTier,
    threads.map((t) => ({ id: t.id, channelType: t.channel?.type ?? null })),
  );
}
