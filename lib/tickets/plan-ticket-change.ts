// One ticket change inside a caller's transaction: lock and load the ticket, decide, and
// turn the effects into writes. The caller may add writes of its own (the message that
// caused the change, the event's stored result) before committing them together.
import "server-only";
import type { Cause, Effect, Happening, TicketSnapshot } from "@/lib/automation";
import type { Sql } from "@/lib/db/sql";
import { runWrites, type WritePart } from "@/lib/db/write-batch";
import { AppError } from "@/lib/errors";
import { decideTicket } from "./decide-ticket";
import { lostRaceError, refusalError } from "./refusal-error";
import { loadTicket, type LoadedTicket } from "./ticket-snapshot";
import { enqueueWorkflowStarts } from "./workflow-jobs";
import {
  enrollmentPart, enrollmentsOf, TICKET_UPDATE, ticketUpdatePart, timelinePart, type Enrollment,
} from "./ticket-writes";

export interface PlannedTicketChange {
  before: TicketSnapshot;
  after: TicketSnapshot;
  effects: Effect[];
  enrollments: Enrollment[];
  causeEventId: string | null;
  writes: WritePart[];
  loaded: LoadedTicket;
}

export function causeEventIdOf(cause: Cause): string | null {
  return cause.kind === "event" ? cause.eventId : cause.kind === "rule" ? (cause.eventId ?? null) : null;
}

export async function planTicketChange(
  executor: Sql,
  ticketId: string,
  happenings: readonly Happening[],
  now: Date,
): Promise<PlannedTicketChange> {
  const loaded = await loadTicket(executor, ticketId, { now, lock: true });
  if (!loaded) throw new AppError("NOT_FOUND", `Ticket ${ticketId} not found.`);
  const decision = decideTicket(loaded, happenings, now);
  if (!decision.ok) throw refusalError(decision.refusal);
  const { effects, after } = decision;
  const before = loaded.ticket;
  const causeEventId = happenings[0] ? causeEventIdOf(happenings[0].cause) : null;
  const enrollments = enrollmentsOf(effects);
  const writes = [
    ...ticketUpdatePart(before, after, effects, now),
    ...timelinePart(before.id, effects, now),
    ...enrollmentPart(before.id, enrollments, causeEventId, now),
  ];
  return { before, after, effects, enrollments, causeEventId, writes, loaded };
}

/** Writes the change (and `extra` writes) in one statement, then the enrolments' jobs. */
export async function applyTicketChange(
  executor: Sql,
  change: PlannedTicketChange,
  extra: readonly WritePart[] = [],
): Promise<void> {
  const counts = await runWrites(executor, [...change.writes, ...extra]);
  const updates = change.writes.some((w) => w.name === TICKET_UPDATE);
  if (updates && counts[TICKET_UPDATE] !== 1) throw lostRaceError(change.before.id, change.before.version);
  await enqueueWorkflowStarts(executor, change.before.id, change.enrollments, change.causeEventId);
}
