// The benchmarks' databases: an in-memory PGlite, then a throw-away PostgreSQL database
// (tf_bench_<random> on BENCH_POSTGRES_URL, default 127.0.0.1:5432), dropped afterwards.
// BENCH_ONLY=pglite|postgres runs one of them.
import crypto from "node:crypto";
import pg from "pg";
import type { DbHandle } from "@/lib/db/open";

const SERVER = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
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
  const name = `tf_bench_${crypto.randomBytes(6).toString("hex")}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const handle = openDb({ kind: "postgres", connectionString: url.toString(), poolSize: 10 });
  try {
    await run("PostgreSQL (127.0.0.1)", handle);
  } finally {
    await handle.close();
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the pool's connections close first
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}
