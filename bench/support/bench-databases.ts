// The benchmarks' databases: an in-memory PGlite, then a throw-away PostgreSQL database
// (tf_bench_<random> on BENCH_POSTGRES_URL, default 127.0.0.1:5432), dropped afterwards.
// BENCH_ONLY=pglite|postgres runs one of them.
import pg from "pg";
import { useDbHandle } from "@/lib/db";
import type { DbHandle } from "@/lib/db/open";
import { createScratchDatabase, type ScratchDatabase } from "@/tests/support/scratch-database";

const SERVER = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * A migrated throw-away PostgreSQL database as the app's handle (in use while `run` runs) and a
 * raw pg pool on it for the ceiling, both with `connections` connections; dropped afterwards.
 */
export async function withBenchPostgres(
  connections: number,
  run: (handle: DbHandle, pool: pg.Pool) => Promise<void>,
): Promise<void> {
  const { openDb } = await import("@/lib/db/open");
  const database = await createScratchDatabase(SERVER, "tf_bench");
  const handle = openDb({ kind: "postgres", connectionString: database.url, poolSize: connections });
  const pool = new pg.Pool({ connectionString: database.url, max: connections });
  pool.on("error", () => {}); // the drop below ends connections still closing
  try {
    await handle.migrate();
    useDbHandle(handle);
    await run(handle, pool);
  } finally {
    useDbHandle(undefined);
    await pool.end();
    await handle.close();
    await database.drop();
  }
}

export async function onBenchDatabases(run: (label: string, handle: DbHandle) => Promise<void>): Promise<void> {
  const { openDb } = await import("@/lib/db/open");
  if (process.env.BENCH_ONLY !== "postgres") {
    const handle = openDb({ kind: "pglite" });
    try {
      await run("PGlite (in memory, in process)", handle);
    } finally {
      await handle.close();
    }
  }
  if (process.env.BENCH_ONLY === "pglite") return;
  const database = await createScratchDatabase(SERVER, "tf_bench");
  const handle = openDb({ kind: "postgres", connectionString: database.url, poolSize: 10 });
  try {
    await run("PostgreSQL (127.0.0.1)", handle);
  } finally {
    await handle.close();
    await database.drop();
  }
}

/**
 * A throw-away PostgreSQL database for a server to start on: migrated, seeded by `seed`, vacuumed
 * and analysed (so that no bench's load meets autovacuum's first pass over the fresh rows), and
 * left with no connection open (a template is copied only then). Dropped if the seeding fails.
 */
export async function seededPostgres<T>(
  seed: (handle: DbHandle) => Promise<T>,
): Promise<{ database: ScratchDatabase; seeded: T }> {
  const { openDb } = await import("@/lib/db/open");
  const database = await createScratchDatabase(SERVER, "tf_bench");
  const handle = openDb({ kind: "postgres", connectionString: database.url, poolSize: 1 });
  let done = false;
  try {
    await handle.migrate();
    const seeded = await seed(handle);
    await handle.sql.query("VACUUM ANALYZE");
    done = true;
    return { database, seeded };
  } finally {
    await handle.close();
    if (!done) await database.drop();
  }
}
