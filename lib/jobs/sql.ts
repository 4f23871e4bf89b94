// The jobs queue speaks raw SQL (one round trip per step, no ORM work on the hot path) through
// either a Prisma client / interactive transaction or the handle's raw executor.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Sql } from "@/lib/db/sql";
import type { Tx } from "@/lib/db/tx";

type PrismaRaw = Pick<PrismaClient | Tx, "$queryRawUnsafe">;

/** Where a statement runs: `db`, a `tx` from `db.$transaction(async (tx) => …)`, or `handle.sql`. */
export type SqlTarget = PrismaRaw | Sql;

export function queryRows<T>(target: SqlTarget, text: string, params: unknown[]): Promise<T[]> {
  // typeof rather than `in`: lib/db.ts's `db` is a Proxy that only answers property reads.
  const prisma = target as PrismaRaw;
  return typeof prisma.$queryRawUnsafe === "function"
    ? prisma.$queryRawUnsafe<T[]>(text, ...params)
    : (target as Sql).query<T>(text, params);
}

/**
 * The queue's "now" as a UTC `timestamp(3)` (the columns are timestamps without time zone,
 * written in UTC by Prisma). `$n` is an ISO string from an injected clock, or null for the
 * database clock, which all workers share whatever their machines' clocks say.
 */
export function nowAt(param: number): string {
  return `(COALESCE($${param}::timestamptz, statement_timestamp()) AT TIME ZONE 'UTC')`;
}

export { DB_NOW } from "@/lib/db/sql";

/** Reads a UTC `timestamp` column back as an instant (drivers would read it as local time). */
export function instant(column: string): string {
  return `(${column} AT TIME ZONE 'UTC')`;
}

export function isoOrNull(date: Date | undefined): string | null {
  return date ? date.toISOString() : null;
}

/** Columns of a claimed job, as the worker and handlers see them. */
export const JOB_COLUMNS = `
  j.id, j.type, j.payload, j.attempts, j."maxAttempts", j."lockedBy", j."dedupeKey",
  j."ticketId", j."enrollmentId", j."causeEventId", j.priority,
  ${instant('j."runAt"')} AS "runAt", ${instant('j."lockedUntil"')} AS "lockedUntil",
  ${instant('j."createdAt"')} AS "createdAt"`;
