// The shape of one event type's processing: what to read in the claiming statement, then how
// to turn the event into writes (reading more if it must, e.g. locking the ticket).
import "server-only";
import type { Sql, SqlFragment } from "@/lib/db/sql";
import type { LoadedTicket } from "@/lib/tickets/ticket-snapshot";
import type { WriteBatch } from "@/lib/tickets/write-batch";
import type { TEvent } from "./schemas";

export interface PreparedEvent {
  ticketId: string | null;
  effects: unknown[];
  batch: WriteBatch;
}

export interface EventHandler<TType extends TEvent["type"], TContext> {
  lookups(event: Extract<TEvent, { type: TType }>): SqlFragment;
  /** An expression for the ticket the event will change, if it can tell before its lookups: the
   *  claiming statement then locks and loads it too (lib/events/event-claim.ts). */
  ticketToLock?(event: Extract<TEvent, { type: TType }>): SqlFragment;
  /** `ticket`: the ticket ticketToLock named, locked and loaded (null: none, or no such ticket). */
  prepare(
    executor: Sql,
    event: Extract<TEvent, { type: TType }>,
    context: TContext,
    now: Date,
    ticket: LoadedTicket | null,
  ): Promise<PreparedEvent>;
}
