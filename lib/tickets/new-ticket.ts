// A ticket created by a new conversation (SPEC §2): its row, with what entering its first
// status already did to it (close date, time to close), and the rows its effects write.
import "server-only";
import {
  projectTicket,
  type Effect,
  type NewTicketDraft,
  type PipelineSnapshot,
  type TicketSnapshot,
} from "@/lib/automation";
import { NO_TICKET_SLA } from "@/lib/automation";
import type { BusinessHours } from "@/lib/business-hours/week";
import { sql, utc, type SqlFragment } from "@/lib/db/sql";
import { slaDueTimes } from "@/lib/sla/sla-due-times";
import { slaInsertLists } from "@/lib/sla/ticket-sla-columns";
import { slaTimerBatch } from "./sla-timer-writes";
import { effectRowsBatch } from "./ticket-writes";
import { combineBatches, type WriteBatch } from "./write-batch";

export interface NewTicket {
  id: string;
  draft: NewTicketDraft;
  subject: string;
  description: string;
  /** An SQL expression for the contact id (found or created in the same statement). */
  contactId: SqlFragment;
  originThreadId: string;
  effects: readonly Effect[];
  causeEventId: string | null;
  /** The account's business hours, for the SLA due times (SPEC §9). */
  calendar: BusinessHours;
  /** Its pipeline: the SLA workflows whose timers its clocks start (SPEC §9; null: none). */
  pipeline: PipelineSnapshot | null;
  /** SPEC §9 reopen window: the closed ticket this one follows up. */
  followUpOfId?: string | null;
}

export function newTicketBatch(ticket: NewTicket, now: Date): WriteBatch {
  const { draft } = ticket;
  const base: TicketSnapshot = {
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.description,
    pipelineId: draft.pipelineId,
    statusId: draft.statusId,
    priority: draft.priority,
    source: draft.source,
    ownerId: draft.ownerId,
    contactId: null,
    originThreadId: ticket.originThreadId,
    closeDate: null,
    createdAt: now,
    reopenedAt: null,
    timeToCloseMs: null,
    closedAt: null,
    sla: NO_TICKET_SLA,
    enrolledWorkflowIds: [],
    version: 1,
  };
  const created = projectTicket(base, ticket.effects);
  const closeDateSetBy = ticket.effects.some((e) => e.type === "set_close_date") ? "automation" : null;
  const sla = slaInsertLists(created.sla, slaDueTimes(created.sla, now, ticket.calendar));
  const statement = sql`
    INSERT INTO "Ticket" (id, subject, description, "pipelineId", "statusId", priority, source, "ownerId",
      "contactId", "channelId", "originThreadId", "createdAt", "updatedAt", "closeDate", "closeDateSetBy",
      "lastStatusChangeAt", "timeToCloseMs", "closedAt", "followUpOfId", ${sla.columns}, version)
    VALUES (${ticket.id}, ${ticket.subject}, ${ticket.description}, ${draft.pipelineId}, ${draft.statusId},
      ${draft.priority}::"Priority", ${draft.source}::"TicketSource", ${draft.ownerId}, ${ticket.contactId},
      ${draft.channelId}, ${ticket.originThreadId}, ${utc(now)}, ${utc(now)}, ${created.closeDate}::date,
      ${closeDateSetBy}, ${utc(now)}, ${created.timeToCloseMs}::bigint,
      ${created.closedAt ? utc(created.closedAt) : sql`NULL::timestamp`}, ${ticket.followUpOfId ?? null}::text,
      ${sla.values}, 1)
    RETURNING 1`;
  return combineBatches(
    { writes: [{ name: "ticket_insert", statement }] },
    effectRowsBatch(ticket.id, ticket.effects, ticket.causeEventId, now),
    ticket.pipeline ? slaTimerBatch(ticket.pipeline, null, created, ticket.calendar, now) : {},
  );
}
