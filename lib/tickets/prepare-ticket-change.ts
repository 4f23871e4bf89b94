// One ticket change inside a caller's transaction: lock and load the ticket, decide, and
// turn the effects into a write batch. The caller may combine it with writes of its own (the
// message that caused the change, the event's stored result) and commit them together.
import "server-only";
import type { Cause, Effect, Happening, TicketSnapshot } from "@/lib/automation";
import type { Sql } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { decideTicket } from "./decide-ticket";
import { lostRaceError, refusalError } from "./refusal-error";
import { loadTicket, type LoadedTicket } from "./ticket-snapshot";
import { slaTimerBatch } from "./sla-timer-writes";
import { effectRowsBatch, TICKET_UPDATE, ticketUpdatePart } from "./ticket-writes";
import { combineBatches, type WriteBatch } from "./write-batch";

export interface PreparedTicketChange {
  /** The ticket's pipeline and the account's settings, as the engine saw them. */
  loaded: LoadedTicket;
  before: TicketSnapshot;
  after: TicketSnapshot;
  effects: Effect[];
  batch: WriteBatch;
}

export function causeEventIdOf(cause: Cause): string | null {
  if (cause.kind === "event") return cause.eventId;
  return cause.kind === "rule" ? (cause.eventId ?? null) : null;
}

/** What happened, or how to tell from the ticket as it is now (locked, so it stays so). */
export type HappeningsFor = readonly Happening[] | ((ticket: TicketSnapshot) => readonly Happening[]);

export async function prepareTicketChange(
  executor: Sql,
  ticketId: string,
  happeningsFor: HappeningsFor,
  now: Date,
  /** The ticket as already locked and loaded in this transaction (the events endpoint's claim
   *  statement reads it, one round trip fewer); otherwise it is locked and loaded here. */
  lockedBefore?: LoadedTicket | null,
): Promise<PreparedTicketChange> {
  const loaded =
    lockedBefore?.ticket.id === ticketId ? lockedBefore : await loadTicket(executor, ticketId, { now, lock: true });
  if (!loaded) throw new AppError("NOT_FOUND", `Ticket ${ticketId} not found.`);
  const happenings = typeof happeningsFor === "function" ? happeningsFor(loaded.ticket) : happeningsFor;
  const decision = decideTicket(loaded, happenings, now);
  if (!decision.ok) throw refusalError(decision.refusal);
  const { effects, after } = decision;
  const before = loaded.ticket;
  const cause = happenings[0]?.cause;
  const causeEventId = cause ? causeEventIdOf(cause) : null;
  const personWaiting = cause?.kind === "user" || cause?.kind === "api";
  const update = ticketUpdatePart(before, after, effects, now, loaded.calendar);
  const batch = combineBatches(
    {
      writes: update,
      mustWriteOne: update.map(() => ({ part: TICKET_UPDATE, error: () => lostRaceError(before.id, before.version) })),
    },
    effectRowsBatch(before.id, effects, causeEventId, now, personWaiting),
    slaTimerBatch(loaded.pipeline, before.sla, after, loaded.calendar, now),
  );
  return { loaded, before, after, effects, batch };
}
