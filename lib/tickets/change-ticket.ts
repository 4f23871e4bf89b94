// The one way to change a ticket (DESIGN.md "One engine"): board moves, the ticket record,
// PATCH /api/v1/tickets/:id and workflow actions all come here; decide() says what happens,
// this writes all of it in one transaction, then wakes the workers for the jobs it queued.
import "server-only";
import type { Effect, Happening, TicketSnapshot } from "@/lib/automation";
import { dbHandle } from "@/lib/db";
import { wakeWorkers } from "@/lib/jobs";
import { prepareTicketChange } from "./prepare-ticket-change";
import { commitWriteBatch } from "./write-batch";

export interface TicketChangeResult {
  ticket: TicketSnapshot;
  effects: Effect[];
  /** Did the ticket itself change (false for a no-op, or when the loop guard stopped it)? */
  changed: boolean;
}

export async function changeTicket(
  ticketId: string,
  happening: Happening | readonly Happening[],
  options: { now?: Date } = {},
): Promise<TicketChangeResult> {
  const happenings: readonly Happening[] = Array.isArray(happening) ? happening : [happening];
  const now = options.now ?? new Date();
  const change = await dbHandle().transaction(async (tx) => {
    const prepared = await prepareTicketChange(tx, ticketId, happenings, now);
    await commitWriteBatch(tx, prepared.batch, { last: true });
    return prepared;
  });
  const starts = change.batch.workflowStarts;
  if (starts.length > 0) wakeWorkers({ personWaiting: starts.some((start) => start.personWaiting) });
  return { ticket: change.after, effects: change.effects, changed: change.after.version !== change.before.version };
}
