// The benchmarks' databases: an in-memory PGlite, then a throw-away PostgreSQL database
// (tf_bench_<random> on BENCH_POSTGRES_URL, default 127.0.0.1:5432), dropped afterwards.
// BENCH_ONLY=pglite|postgres runs one of them.
import type { DbHandle } from "@/lib/db/open";
import { createScratchDatabase } from "@/tests/support/scratch-database";

const SERVER = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

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
