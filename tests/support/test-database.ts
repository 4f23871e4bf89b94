// Each integration test file gets a database of its own, started from one template that was
// migrated and seeded once (global-setup): an in-memory PGlite loaded from a dump, or — when
// DATABASE_URL is set — a PostgreSQL database created from a template database.
import fs from "node:fs";
import { openDb, type DbHandle } from "@/lib/db/open";
import { createScratchDatabase } from "./scratch-database";

export const TEST_PASSWORD = "test-password-123";
export const TEST_BOOTSTRAP_KEY = "tf_test_bootstrap_key_0123456789abcdef";

export function postgresServerUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

let currentUrl: string | undefined;

/** The PostgreSQL database this test file opened (undefined on PGlite), for a second connection
 *  from elsewhere in the process (the events thread, tests/support/over-http.ts). */
export function testDatabaseUrl(): string | undefined {
  return currentUrl;
}

/** Opens a fresh database for one test file. */
export async function openTestDatabase(): Promise<{ handle: DbHandle; dispose: () => Promise<void> }> {
  const server = postgresServerUrl();
  if (!server) {
    const dump = new Blob([fs.readFileSync(process.env.TICKETFLOW_TEST_TEMPLATE_DUMP!)]);
    const handle = openDb({ kind: "pglite", loadDataDir: dump });
    return { handle, dispose: () => handle.close() };
  }
  const database = await createScratchDatabase(server, "tf_test", {
    template: process.env.TICKETFLOW_TEST_TEMPLATE_DB!,
  });
  const handle = openDb({ kind: "postgres", connectionString: database.url, poolSize: 5 });
  currentUrl = database.url;
  return {
    handle,
    dispose: async () => {
      currentUrl = undefined;
      await handle.close();
      await database.drop();
    },
  };
}
