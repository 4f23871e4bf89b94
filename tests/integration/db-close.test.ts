// A PostgreSQL handle's close() resolves once its connections are gone, its siblings' too: the
// tests and benchmarks drop their throw-away databases WITH (FORCE) right after it, which would
// otherwise end connections still closing (each logging "connection lost" from lib/db/open.ts).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "@/lib/db/open";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { postgresServerUrl } from "../support/test-database";

const server = postgresServerUrl();

describe.skipIf(!server)("on PostgreSQL", () => {
  let database: ScratchDatabase;
  const admin = new pg.Client({ connectionString: server });
  beforeAll(async () => {
    database = await createScratchDatabase(server!, "tf_close");
    await admin.connect(); // connected beforehand, so the count below follows close() at once
  });
  afterAll(async () => {
    await admin.end();
    await database.drop();
  });

  const backends = async () =>
    Number(
      (
        await admin.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1", [
          database.name,
        ])
      ).rows[0]!.n,
    );

  it("leaves no backend on the database once close() has resolved", async () => {
    for (let round = 0; round < 5; round++) {
      const handle = openDb({ kind: "postgres", connectionString: database.url, poolSize: 4 });
      const sibling = handle.sibling(2);
      // Busy enough that every connection of both pools is open at once.
      await Promise.all([
        ...Array.from({ length: 4 }, () => handle.sql.query("SELECT pg_sleep(0.05)")),
        ...Array.from({ length: 2 }, () => sibling.sql.query("SELECT pg_sleep(0.05)")),
      ]);
      expect(await backends()).toBe(6);
      await handle.close();
      expect(await backends(), `round ${round + 1}`).toBe(0);
    }
  });
});
