// Raw SQL for hot paths: composable fragments (Prisma's `sql` tag: `${value}` becomes a bound
// parameter, a nested fragment is inlined) run on a transaction from `handle.transaction`.
// The timestamp columns are `timestamp(3)` in UTC (as Prisma writes them), so instants go in
// through `utc()` and come out through `epochMs()`, whatever the session's time zone.
import { Prisma } from "@/generated/prisma/client";

/** A raw SQL executor: the handle's `sql`, or a transaction from `handle.transaction`. Declared
 *  here once; Prisma's interactive transaction is `Tx` (lib/db/tx.ts). */
export interface Sql {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** In a transaction that can (PostgreSQL): the transaction's last statement, committed with it
   *  in the same round trip; nothing may run after it. Elsewhere absent: see `lastStatementOf`. */
  queryThenCommit?<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** An executor for a transaction's last statement: it commits with it where the transaction can
 *  (one round trip fewer), and is the transaction itself elsewhere (committed when it returns). */
export function lastStatementOf(executor: Sql): Sql {
  const { queryThenCommit } = executor;
  return queryThenCommit
    ? { exec: async (text) => void (await queryThenCommit(text)), query: queryThenCommit }
    : executor;
}

export type SqlFragment = Prisma.Sql;

export const sql = Prisma.sql;
export const join = Prisma.join;
export const raw = Prisma.raw;

/** The database's clock as the UTC timestamp(3) the columns hold (written in UTC by Prisma). */
export const DB_NOW = "(statement_timestamp() AT TIME ZONE 'UTC')";

export function rows<T>(executor: Sql, query: SqlFragment): Promise<T[]> {
  return executor.query<T>(query.text, query.values);
}

export async function oneRow<T>(executor: Sql, query: SqlFragment): Promise<T | undefined> {
  return (await rows<T>(executor, query))[0];
}

/** An instant as a value for a UTC `timestamp` column. */
export function utc(instant: Date): SqlFragment {
  return sql`(${instant.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/** A UTC `timestamp` column read back as epoch milliseconds (a float8, null stays null). */
export function epochMs(column: SqlFragment): SqlFragment {
  return sql`(extract(epoch FROM ${column}) * 1000)::float8`;
}

export function fromEpochMs(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

/** A unique index refused a row (PostgreSQL 23505), optionally on one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, constraint: violated } = error as { code?: unknown; constraint?: unknown };
  return code === "23505" && (constraint === undefined || violated === constraint);
}
