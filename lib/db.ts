// The Prisma client: one per process, created lazily on first use (never at import time:
// `next build` evaluates route modules in other processes, and PGlite allows one process).
// No DATABASE_URL → embedded PGlite in TICKETFLOW_DATA_DIR; postgresql://… → PostgreSQL.
import { env } from "@/lib/env";
import type { PrismaClient } from "@/generated/prisma/client";
import { openDb, type DbConfig, type DbHandle } from "@/lib/db/open";

const globalForDb = globalThis as unknown as { ticketflowDb?: DbHandle };

export function dbConfigFromEnv(): DbConfig {
  const { DATABASE_URL, TICKETFLOW_DATA_DIR, TICKETFLOW_PGLITE_SHARED_BUFFERS } = env();
  return DATABASE_URL
    ? { kind: "postgres", connectionString: DATABASE_URL }
    : { kind: "pglite", dataDir: TICKETFLOW_DATA_DIR, sharedBuffers: TICKETFLOW_PGLITE_SHARED_BUFFERS };
}

export function dbHandle(): DbHandle {
  globalForDb.ticketflowDb ??= openDb(dbConfigFromEnv());
  return globalForDb.ticketflowDb;
}

/** Tests and scripts install a handle of their own (an in-memory PGlite, a test database). */
export function useDbHandle(handle: DbHandle | undefined): void {
  globalForDb.ticketflowDb = handle;
}

/** The Prisma client, e.g. `db.ticket.findMany()`; opens the database on first use. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = dbHandle().prisma;
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type { Prisma } from "@/generated/prisma/client";
