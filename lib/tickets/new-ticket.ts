// A ticket created by a new conversation (SPEC §2): its row, with what entering its first
// status already did to it (close date, time to close), and the rows its effects write.
import "server-only";
import { projectTicket, type Effect, type NewTicketPlan, type TicketSnapshot } from "@/lib/automation";
import { sql, utc, type SqlFragment } from "@/lib/db/sql";
import { effectRowsPlan } from "./ticket-writes";
import { combinePlans, type WritePlan } from "./write-plan";

export interface NewTicket {
  id: string;
  plan: NewTicketPlan;
  subject: string;
  description: string;
  /** An SQL expression for the contact id (found or created in the same statement). */
  contactId: SqlFragment;
  originThreadId: string;
  effects: readonly Effect[];
  causeEventId: string | null;
}

export function newTicketPlan(ticket: NewTicket, now: Date): WritePlan {
  const { plan } = ticket;
  const base: TicketSnapshot = {
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.description,
    pipelineId: plan.pipelineId,
    statusId: plan.statusId,
    priority: plan.priority,
    source: plan.source,
    ownerId: plan.ownerId,
    contactId: null,
    originThreadId: ticket.originThreadId,
    closeDate: null,
    createdAt: now,
    reopenedAt: null,
    timeToCloseMs: null,
    enrolledWorkflowIds: [],
    version: 1,
  };
  const created = projectTicket(base, ticket.effects);
  const closeDateSetBy = ticket.effects.some((e) => e.type === "set_close_date") ? "automation" : null;
  const statement = sql`
    INSERT INTO "Ticket" (id, subject, description, "pipelineId", "statusId", priority, source, "ownerId",
      "contactId", "channelId", "originThreadId", "createdAt", "updatedAt", "closeDate", "closeDateSetBy",
      "lastStatusChangeAt", "timeToCloseMs", version)
    VALUES (${ticket.id}, ${ticket.subject}, ${ticket.description}, ${plan.pipelineId}, ${plan.statusId},
      ${plan.priority}::"Priority", ${plan.source}::"TicketSource", ${plan.ownerId}, ${ticket.contactId},
      ${plan.channelId}, ${ticket.originThreadId}, ${utc(now)}, ${utc(now)}, ${created.closeDate}::date,
      ${closeDateSetBy}, ${utc(now)}, ${created.timeToCloseMs}::bigint, 1)
    RETURNING 1`;
  return combinePlans(
    { writes: [{ name: "ticket_insert", statement }] },
    effectRowsPlan(ticket.id, ticket.effects, ticket.causeEventId, now),
  );
}
