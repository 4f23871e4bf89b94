// The one way to change a ticket (DESIGN.md "One engine"): board moves, the ticket record,
// PATCH /api/v1/tickets/:id and workflow actions all come here; decide() says what happens,
// this writes all of it in one transaction, then wakes the workers for the jobs it queued.
import "server-only";
import type { Effect, Happening, TicketSnapshot } from "@/lib/automation";
import { dbHandle } from "@/lib/db";
import { wakeWorkers } from "@/lib/jobs";
import { applyTicketChange, planTicketChange } from "./plan-ticket-change";

export interface TicketChangeResult {
  ticket: TicketSnapshot;
  effects: Effect[];
  /** Did anything about the ticket change (false for a no-op or a loop-guard stop)? */
  changed: boolean;
}

export async function changeTicket(
  ticketId: string,
  happening: Happening | readonly Happening[],
  options: { now?: Date } = {},
): Promise<TicketChangeResult> {
  const happenings = Array.isArray(happening) ? happening : [happening as Happening];
  const now = options.now ?? new Date();
  const change = await dbHandle().transaction(async (tx) => {
    const planned = await planTicketChange(tx, ticketId, happenings, now);
    await applyTicketChange(tx, planned);
    return planned;
  });
  if (change.enrollments.length > 0) wakeWorkers();
  return { ticket: change.after, effects: change.effects, changed: change.after.version !== change.before.version };
}
