// The ticket record page's ticket: every property, its pipeline's statuses (for the status
// select and their open/closed state), how the close date was set, its SLA (SPEC §9) and the
// tickets a late reply linked it to (the reopen window).
import "server-only";
import { db } from "@/lib/db";
import { ticketSlaSelect, withSlaView } from "@/lib/sla/ticket-sla-view";

const statusSelect = { id: true, label: true, state: true, displayOrder: true } as const;

export async function getTicketRecord(id: string) {
  const ticket = await db.ticket.findUnique({
    where: { id },
    select: {
      id: true,
      subject: true,
      description: true,
      priority: true,
      source: true,
      version: true,
      createdAt: true,
      closeDate: true,
      closeDateSetBy: true,
      lastStatusChangeAt: true,
      timeToCloseMs: true,
      statusId: true,
      originThreadId: true,
      pipeline: {
        select: {
          id: true,
          name: true,
          statuses: { orderBy: { displayOrder: "asc" }, select: statusSelect },
          automation: { select: { emailSentTriggerStatusId: true } },
          // The trigger's on/off is its workflow's (SPEC §4, lib/automate/trigger-workflow.ts).
          workflows: { where: { kind: "EMAIL_SENT_TRIGGER" }, select: { enabled: true } },
        },
      },
      owner: { select: { id: true, name: true } },
      contact: { select: { id: true, name: true, email: true, marketingContact: true } },
      followUpOf: { select: { id: true, subject: true } },
      followUps: { select: { id: true, subject: true }, orderBy: { createdAt: "asc" } },
      ...ticketSlaSelect,
    },
  });
  if (!ticket) return null;
  return {
    ...withSlaView(ticket, new Date()),
    closeDate: ticket.closeDate?.toISOString().slice(0, 10) ?? null,
    timeToCloseMs: ticket.timeToCloseMs === null ? null : Number(ticket.timeToCloseMs),
  };
}

export type TicketRecord = NonNullable<Awaited<ReturnType<typeof getTicketRecord>>>;
