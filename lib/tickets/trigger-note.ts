// What sending from the ticket record will do to the status, in the Automate tab's words
// (SPEC §4 trigger A), shown beside the composer so nobody is surprised by a status change.
import type { TicketRecord } from "./ticket-record";

export function emailSentTriggerNote(ticket: TicketRecord): string {
  const { automation, workflows } = ticket.pipeline;
  const target = ticket.pipeline.statuses.find((s) => s.id === automation?.emailSentTriggerStatusId);
  if (!workflows.some((w) => w.enabled)) {
    return "This pipeline's “An email is sent to a customer” trigger is off: sending keeps the status.";
  }
  if (!target)
    return "“An email is sent to a customer” is on but its status no longer exists: sending keeps the status.";
  if (target.id === ticket.statusId) return `Sending keeps the status: the ticket is already in “${target.label}”.`;
  return `Sending moves this ticket to “${target.label}” (“An email is sent to a customer”).`;
}
