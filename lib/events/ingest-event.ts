// POST /api/v1/events after the edge checks: one transaction per event. Claim the id, prepare the
// writes (the message, the ticket change or the new ticket, the jobs), store the result with
// them, commit, wake the workers. A replay returns the stored result, nothing re-applied.
import "server-only";
import { dbHandle } from "@/lib/db";
import type { DbHandle } from "@/lib/db/open";
import { isUniqueViolation, type Sql, type SqlFragment } from "@/lib/db/sql";
import { wakeWorkers } from "@/lib/jobs";
import type { LoadedTicket } from "@/lib/tickets/ticket-snapshot";
import { combineBatches, commitWriteBatch } from "@/lib/tickets/write-batch";
import { emailSent } from "./email-sent";
import { claimEvent, storedResult, storeResultPart, type EventResult } from "./event-claim";
import type { EventHandler, PreparedEvent } from "./event-handler";
import { messageReceived } from "./message-received";
import type { TEvent } from "./schemas";

export type IngestResult = EventResult & { duplicate: boolean };

interface BoundHandler {
  lookups: SqlFragment;
  ticketToLock: SqlFragment | null;
  prepare(executor: Sql, context: unknown, now: Date, ticket: LoadedTicket | null): Promise<PreparedEvent>;
}

function bind<T extends TEvent["type"], C>(
  handler: EventHandler<T, C>,
  event: Extract<TEvent, { type: T }>,
): BoundHandler {
  return {
    lookups: handler.lookups(event),
    ticketToLock: handler.ticketToLock?.(event) ?? null,
    // The context is the JSON its own lookups produced.
    prepare: (executor, context, now, ticket) => handler.prepare(executor, event, context as C, now, ticket),
  };
}

function handlerFor(event: TEvent): BoundHandler {
  switch (event.type) {
    case "message.received":
      return bind(messageReceived, event);
    case "email.sent":
      return bind(emailSent, event);
  }
}

export interface IngestOptions {
  /** More writes of the caller's in the same transaction, run only when the event is new
   *  (e.g. the composer's deliver_email job: it commits if and only if the message does). */
  alsoWrite?: (tx: Sql) => Promise<void>;
  /** The connections to ingest through: the app's unless machine traffic (lib/events/ingress-handle.ts). */
  handle?: DbHandle;
}

async function ingestOnce(executor: Sql, event: TEvent, now: Date, options: IngestOptions) {
  const handler = handlerFor(event);
  const { claimed, context, ticket } = await claimEvent(executor, event, now, handler.lookups, handler.ticketToLock);
  if (!claimed) return { result: { ...(await storedResult(executor, event.id)), duplicate: true }, wake: false };
  const prepared = await handler.prepare(executor, context, now, ticket);
  const result: EventResult = { eventId: event.id, ticketId: prepared.ticketId, effects: prepared.effects };
  // The event's last statement commits with it, unless the caller writes more after it.
  await commitWriteBatch(executor, combineBatches(prepared.batch, { writes: [storeResultPart(result)] }), {
    last: !options.alsoWrite,
  });
  await options.alsoWrite?.(executor);
  return {
    result: { ...result, duplicate: false },
    wake: prepared.batch.workflowStarts.length > 0 || !!options.alsoWrite,
  };
}

export async function ingestEvent(event: TEvent, now: Date, options: IngestOptions = {}): Promise<IngestResult> {
  try {
    return await ingestTransaction(event, now, options);
  } catch (error) {
    // Another event created the same thread, contact or message first: once it committed,
    // a second try sees it (a reply on a known thread, or "already recorded").
    if (!isUniqueViolation(error)) throw error;
    return ingestTransaction(event, now, options);
  }
}

async function ingestTransaction(event: TEvent, now: Date, options: IngestOptions): Promise<IngestResult> {
  const handle = options.handle ?? dbHandle();
  const { result, wake } = await handle.transaction((tx) => ingestOnce(tx, event, now, options));
  if (wake) wakeWorkers();
  return result;
}
