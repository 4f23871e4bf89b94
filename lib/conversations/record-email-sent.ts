// The events path for an `email.sent` (lib/events: claim the id, record the message on its
// thread, let the engine judge it under SPEC §4), with writes of the caller's own in the same
// transaction: the composer's deliver_email job commits if and only if the message does.
// A wrapper, not a second implementation: the claim, the handler and the result are lib/events'.
import "server-only";
import { dbHandle } from "@/lib/db";
import type { Sql } from "@/lib/db/sql";
import { wakeWorkers } from "@/lib/jobs";
import { claimEvent, storedResult, storeResultPart, type EventResult } from "@/lib/events/event-claim";
import { emailSent } from "@/lib/events/email-sent";
import type { TEvent } from "@/lib/events/schemas";
import { combinePlans, commitWritePlan } from "@/lib/tickets/write-plan";

export type EmailSentEvent = Extract<TEvent, { type: "email.sent" }>;

export interface RecordedEmail extends EventResult {
  /** The same event id was recorded before: nothing was written (or sent) again. */
  duplicate: boolean;
}

export async function recordEmailSent(
  event: EmailSentEvent,
  now: Date,
  alsoWrite: (tx: Sql) => Promise<void>,
): Promise<RecordedEmail> {
  const recorded = await dbHandle().transaction(async (tx) => {
    const { claimed, context } = await claimEvent(tx, event, now, emailSent.lookups(event));
    if (!claimed) return { ...(await storedResult(tx, event.id)), duplicate: true };
    const planned = await emailSent.plan(tx, event, context as Parameters<typeof emailSent.plan>[2], now);
    const result: EventResult = { eventId: event.id, ticketId: planned.ticketId, effects: planned.effects };
    await commitWritePlan(tx, combinePlans(planned.plan, { writes: [storeResultPart(result)] }));
    await alsoWrite(tx);
    return { ...result, duplicate: false };
  });
  if (!recorded.duplicate) wakeWorkers();
  return recorded;
}
