// Opens a database handle: embedded PGlite (a folder, or memory) or PostgreSQL via pg.
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { acquireDataDirLock } from "./data-dir-lock";
import { applyMigrations } from "./migrate";
import { pgliteExtensions } from "./pglite-extensions";
import { pgliteModules } from "./pglite-modules";
import type { Sql } from "./sql";
import { preparedOutsideTransaction, preparedQuery } from "./pglite-prepared";
import { preparedStatement } from "./statement-name";
import { inTransaction } from "./pg-transaction";
import { logger } from "@/lib/logger";
import { ensurePrivateDataDir } from "@/lib/files/private-data-dir";

export type DbConfig =
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob; lock?: boolean; sharedBuffers?: string }
  | { kind: "postgres"; connectionString: string; poolSize?: number };

export interface DbHandle {
  readonly kind: DbConfig["kind"];
  readonly prisma: PrismaClient;
  /** Raw SQL outside Prisma (migrations, hot paths, the worker's claim query). */
  readonly sql: Sql;
  /** The embedded database, when that is what this handle opened. */
  readonly pglite?: PGlite;
  /** One transaction in raw SQL (hot paths: few round trips, no ORM work); rolls back on throw. */
  transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  migrate(): Promise<string[]>;
  /**
   * Another handle on the same database with a pool of `poolSize` connections of its own, so one
   * kind of traffic cannot queue ahead of another on a shared pool; closed with this handle.
   * PGlite is one session: the same handle.
   */
  sibling(poolSize: number): DbHandle;
  close(): Promise<void>;
}

// One PGlite session serves every request in turn; Prisma's default 2 s wait for a
// transaction slot is too short under load (P2028), so allow queueing.
const transactionOptions = { maxWait: 30_000, timeout: 30_000 };

// PGlite starts PostgreSQL with shared_buffers = 128MB, and the whole pool is resident in the
// process from the start (the server's peak RSS under the events bench was ~500 MiB). 32MB holds
// a help desk's hot pages; pages beyond it are read from the data folder through the operating
// system's file cache, which is not the process's memory. TICKETFLOW_PGLITE_SHARED_BUFFERS sets it.
export const PGLITE_SHARED_BUFFERS = "32MB";

export function openDb(config: DbConfig): DbHandle {
  // `next build` prerenders pages: one that reads the database would open the data folder (or
  // the production database) from a build worker. Fail the build instead, naming the cause.
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error("next build must not open the database: a prerendered page read it (await connection() first)");
  }
  return config.kind === "pglite" ? openPglite(config) : openPostgres(config);
}

function openPglite(config: Extract<DbConfig, { kind: "pglite" }>): DbHandle {
  const release = config.dataDir && config.lock !== false ? acquireDataDirLock(config.dataDir) : () => {};
  const {
    pglite: { PGlite },
    prismaAdapter: { PrismaPGlite },
  } = pgliteModules();
  const pglite = new PGlite({
    dataDir: config.dataDir ? path.join(config.dataDir, "pgdata") : undefined,
    loadDataDir: config.loadDataDir,
    extensions: pgliteExtensions(),
    startParams: [
      ...PGlite.defaultStartParams,
      "-c",
      `shared_buffers=${config.sharedBuffers ?? PGLITE_SHARED_BUFFERS}`,
    ],
  });
  // PGlite's file layer chmods what it creates to 0666 whatever the umask: the folder's own 0700
  // keeps other accounts out, and the files it wrote while starting are narrowed once it is up.
  if (config.dataDir) void pglite.waitReady.then(() => ensurePrivateDataDir(config.dataDir!, () => {}));
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions });
  // Outside a transaction too, statements with parameters (the worker's claim and outcomes)
  // are prepared once; they wait for any open transaction like pglite.query does.
  const sql: Sql = {
    exec: async (text) => void (await pglite.exec(text)),
    query: async <T>(text: string, params?: unknown[]) =>
      params?.length ? preparedOutsideTransaction<T>(pglite, text, params) : (await pglite.query<T>(text)).rows,
  };
  return {
    kind: "pglite",
    prisma,
    sql,
    pglite,
    // pglite.transaction takes the same lock Prisma's PGlite adapter uses for its transactions.
    // Statements with parameters are prepared (see the PostgreSQL side).
    transaction: (fn) =>
      pglite.transaction((tx) =>
        fn({
          exec: async (text) => void (await tx.exec(text)),
          query: async <T>(text: string, params?: unknown[]) =>
            params?.length ? preparedQuery<T>(pglite, text, params) : (await tx.query<T>(text)).rows,
        }),
      ),
    migrate: () => applyMigrations(sql),
    sibling() {
      return this;
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}

function openPostgres(config: Extract<DbConfig, { kind: "postgres" }>): DbHandle {
  const pool = new pg.Pool({ connectionString: config.connectionString, max: config.poolSize ?? 10 });
  // An idle connection the server closes (restart, DROP DATABASE … WITH (FORCE)) must not
  // crash the process; the pool replaces it on the next query.
  pool.on("error", (error: Error & { code?: string }) =>
    logger.warn({ code: error.code, message: error.message }, "idle PostgreSQL connection closed"),
  );
  // The same while a connection is checked out between two queries (a transaction, Prisma's
  // interactive ones too): the server going away (57P01 on restart) is then emitted on the
  // client, and an 'error' without a listener would end the process. The client is left
  // unqueryable; the next query fails (503 at the edge) and the pool drops it on release.
  // Each connection's end, so that close() resolves once the sockets are closed: pg's pool.end()
  // resolves when it has asked them to end, and a DROP DATABASE … WITH (FORCE) right after it
  // (the tests' and benchmarks' throw-away databases) met connections still closing.
  const ending = new Set<Promise<void>>();
  pool.on("connect", (client) => {
    client.on("error", (error: Error & { code?: string }) =>
      logger.warn({ code: error.code, message: error.message }, "PostgreSQL connection lost while in use"),
    );
    const ended = new Promise<void>((resolve) => client.once("end", resolve));
    ending.add(ended);
    void ended.then(() => ending.delete(ended));
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions });
  const siblings: DbHandle[] = [];
  const sql: Sql = {
    exec: async (text) => void (await pool.query(text)),
    query: async <T>(text: string, params?: unknown[]) =>
      (await pool.query(preparedStatement(text, params))).rows as T[],
  };
  // Migrations take a dedicated client (BEGIN/COMMIT on one connection).
  async function onOneClient<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      return await fn({
        exec: async (text) => void (await client.query(text)),
        query: async <T>(text: string, params?: unknown[]) =>
          (await client.query({ text, values: params })).rows as T[],
      });
    } finally {
      client.release();
    }
  }
  return {
    kind: "postgres",
    prisma,
    sql,
    transaction: (fn) => inTransaction(pool, fn),
    migrate: () => onOneClient(applyMigrations),
    sibling(poolSize) {
      const sibling = openPostgres({ ...config, poolSize });
      siblings.push(sibling);
      return sibling;
    },
    async close() {
      await Promise.all(siblings.splice(0).map((sibling) => sibling.close()));
      await prisma.$disconnect();
      await pool.end();
      await Promise.all(ending);
    },
  };
}
