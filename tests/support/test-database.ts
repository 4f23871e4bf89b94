// Each integration test file gets a database of its own, started from one template that was
// migrated and seeded once (global-setup): an in-memory PGlite loaded from a dump, or — when
// DATABASE_URL is set — a PostgreSQL database created from a template database.
import fs from "node:fs";
import crypto from "node:crypto";
import pg from "pg";
import { openDb, type DbHandle } from "@/lib/db/open";

export const TEST_PASSWORD = "test-password-123";
export const TEST_BOOTSTRAP_KEY = "tf_test_bootstrap_key_0123456789abcdef";

export function postgresServerUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export function databaseUrl(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Opens a fresh database for one test file. */
export async function openTestDatabase(): Promise<{ handle: DbHandle; dispose: () => Promise<void> }> {
  const server = postgresServerUrl();
  if (!server) {
    const dump = new Blob([fs.readFileSync(process.env.TICKETFLOW_TEST_TEMPLATE_DUMP!)]);
    const handle = openDb({ kind: "pglite", loadDataDir: dump });
    return { handle, dispose: () => handle.close() };
  }
  const template = process.env.TICKETFLOW_TEST_TEMPLATE_DB!;
  const name = `tf_test_${crypto.randomBytes(6).toString("hex")}`;
  await adminQuery(server, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const handle = openDb({ kind: "postgres", connectionString: databaseUrl(server, name), poolSize: 5 });
  return {
    handle,
    dispose: async () => {
      await handle.close();
      await adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
