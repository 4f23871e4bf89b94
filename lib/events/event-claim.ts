// Idempotency by event id (SPEC §7 "exactly-once"). The first statement of an event's
// transaction claims its key: INSERT … ON CONFLICT DO NOTHING. A concurrent delivery of the
// same id waits on the unique index until the first commits, then claims nothing and reads
// the stored result; if the first rolls back, it claims the key itself. The result is
// written in the same transaction as the effects, so it exists exactly when they do.
import "server-only";
import { newId } from "@/lib/db/ids";
import { oneRow, sql, utc, type Sql, type SqlFragment } from "@/lib/db/sql";
import type { WritePart } from "@/lib/db/write-batch";
import {
  heldPipelines,
  ticketSnapshotSql,
  toLoadedTicket,
  type LoadedTicket,
  type TicketSnapshotRow,
} from "@/lib/tickets/ticket-snapshot";
import type { TEvent } from "./schemas";

export interface EventResult {
  eventId: string;
  ticketId: string | null;
  effects: unknown[];
}

export interface ClaimedEvent<TContext> {
  claimed: boolean;
  context: TContext;
  /** The event's ticket, locked until the transaction ends (only when claimed and there is one). */
  ticket: LoadedTicket | null;
}

/**
 * Claims the event's key and, in the same statement, evaluates `lookups` (one JSON value) and,
 * when `ticketId` is given (an expression: e.g. the ticket of the event's thread), locks and loads
 * that ticket as prepareTicketChange would, one round trip fewer. The lock is taken only once the
 * key is claimed (its condition reads the claim), so every delivery takes the key before the
 * ticket, in that order, and a duplicate locks nothing.
 */
export async function claimEvent<TContext>(
  executor: Sql,
  event: TEvent,
  now: Date,
  lookups: SqlFragment,
  ticketId: SqlFragment | null = null,
): Promise<ClaimedEvent<TContext>> {
  const held = heldPipelines();
  const where = sql`EXISTS (SELECT 1 FROM claim)`;
  const locked = ticketId ? sql`, locked AS (${ticketSnapshotSql(ticketId, { now, lock: true, where, held })})` : sql``;
  const row = await oneRow<{ claimed: boolean; context: TContext; ticket: TicketSnapshotRow | null }>(
    executor,
    sql`
    WITH claim AS (
      INSERT INTO "IngestedEvent" (id, "eventKey", type, "occurredAt", "receivedAt", result)
      VALUES (${newId()}, ${event.id}, ${event.type}, ${utc(new Date(event.occurredAt))}, ${utc(now)}, '{}'::jsonb)
      ON CONFLICT ("eventKey") DO NOTHING
      RETURNING 1
    )${locked}
    SELECT EXISTS (SELECT 1 FROM claim) AS claimed, ${lookups} AS context,
      ${ticketId ? sql`(SELECT row_to_json(l) FROM locked l)` : sql`NULL::json`} AS ticket`,
  );
  const { claimed, context, ticket } = row!;
  return { claimed, context, ticket: ticket ? toLoadedTicket(ticket, held) : null };
}

/** The first delivery's result (a new statement: it sees what committed while we waited). */
export async function storedResult(executor: Sql, eventId: string): Promise<EventResult> {
  const row = await oneRow<{ result: EventResult }>(
    executor,
    sql`SELECT result FROM "IngestedEvent" WHERE "eventKey" = ${eventId}`,
  );
  if (!row) throw new Error(`Event ${eventId} was claimed but has no stored result`);
  return row.result;
}

export function storeResultPart(result: EventResult): WritePart {
  const statement = sql`
    UPDATE "IngestedEvent" SET result = ${JSON.stringify(result)}::jsonb, "ticketId" = ${result.ticketId}
    WHERE "eventKey" = ${result.eventId}
    RETURNING 1`;
  return { name: "event_result", statement };
}
