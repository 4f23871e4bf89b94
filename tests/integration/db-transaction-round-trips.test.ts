// A raw-SQL transaction's round trips on PostgreSQL (lib/db/pg-transaction.ts, query-within.ts):
// BEGIN travels with the first prepared statement and COMMIT with the one the caller names last,
// so the events' transaction (claim, then writes) and a person's ticket change (load, then
// writes) take two round trips, not four, with the same all-or-nothing outcome. Round trips are
// counted as the server's ReadyForQuery answers: exactly one ends each. And the write batch's
// one-row check made inside its statement (lib/db/write-batch.ts), on both databases.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbHandle } from "@/lib/db";
import { inTransaction } from "@/lib/db/pg-transaction";
import { lastStatementOf, type Sql } from "@/lib/db/sql";
import { partNotWrittenOnce, runWrites } from "@/lib/db/write-batch";
import { sql } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { commitWriteBatch } from "@/lib/tickets/write-batch";
import { testDatabaseUrl } from "../support/test-database";

const onPostgres = !!testDatabaseUrl() || !!process.env.DATABASE_URL;

const INSERT = `INSERT INTO probe (id, label) VALUES ($1, $2) RETURNING id`;

describe.skipIf(!onPostgres)("a transaction's round trips on PostgreSQL", () => {
  let pool: pg.Pool;
  let answers = 0;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 1 });
    pool.on("connect", (client) => {
      const connection = (client as unknown as { connection: pg.Connection }).connection;
      connection.on("readyForQuery", () => answers++);
    });
    await pool.query(`CREATE TABLE probe (id int PRIMARY KEY, label text NOT NULL,
      tag int UNIQUE DEFERRABLE INITIALLY DEFERRED)`);
  });

  afterAll(async () => {
    await pool.query(`DROP TABLE probe`);
    await pool.end();
  });

  /** Runs the transaction and returns how many round trips it took. */
  async function roundTrips(fn: (tx: Sql) => Promise<unknown>): Promise<number> {
    await pool.query("SELECT 1"); // the connection is open and idle
    const before = answers;
    await inTransaction(pool, fn);
    return answers - before;
  }

  const labels = async () =>
    (await pool.query<{ id: number; label: string }>(`SELECT id, label FROM probe ORDER BY id`)).rows;
  const clean = () => pool.query(`DELETE FROM probe`);
  const connectionState = async () =>
    (await pool.query<{ open: boolean }>(`SELECT now() <> statement_timestamp() AS open`)).rows[0]!.open;

  it("takes two round trips for a read and a last write, in one transaction that commits", async () => {
    await clean();
    let seen: unknown[] = [];
    const trips = await roundTrips(async (tx) => {
      const [first] = await tx.query<{ txid: string; at: string }>(
        `SELECT txid_current()::text AS txid, now()::text AS at, $1::int AS n`,
        [1],
      );
      const [second] = await lastStatementOf(tx).query<{ txid: string; at: string; id: number }>(
        `WITH w AS (${INSERT}) SELECT txid_current()::text AS txid, now()::text AS at, (SELECT id FROM w) AS id`,
        [7, "seven"],
      );
      seen = [first, second];
    });
    expect(trips).toBe(2);
    const [first, second] = seen as { txid: string; at: string; id: number }[];
    expect(second!.txid).toBe(first!.txid); // one transaction
    expect(second!.at).toBe(first!.at);
    expect(second!.id).toBe(7);
    expect(await labels()).toEqual([{ id: 7, label: "seven" }]);
    expect(await connectionState()).toBe(false); // the connection is idle, not in a transaction
  });

  it("still takes one more for a COMMIT when no statement was named last, and none for an empty one", async () => {
    await clean();
    expect(await roundTrips(async (tx) => tx.query(INSERT, [1, "one"]))).toBe(2);
    expect(await roundTrips(async () => undefined)).toBe(0);
    expect(await labels()).toEqual([{ id: 1, label: "one" }]);
  });

  it("rolls back everything when the last statement fails, and the connection is usable after", async () => {
    await clean();
    const failed = roundTrips(async (tx) => {
      await tx.query(INSERT, [1, "one"]);
      await lastStatementOf(tx).query(INSERT, [1, "again"]); // duplicate key
    });
    await expect(failed).rejects.toMatchObject({ code: "23505" });
    expect(await labels()).toEqual([]);
    expect(await connectionState()).toBe(false);
    expect(await roundTrips(async (tx) => lastStatementOf(tx).query(INSERT, [2, "two"]))).toBe(1);
    expect(await labels()).toEqual([{ id: 2, label: "two" }]);
  });

  it("reports a COMMIT that fails (a deferred unique check) and keeps nothing", async () => {
    await clean();
    await pool.query(`INSERT INTO probe (id, label, tag) VALUES (1, 'one', 5)`);
    const failed = inTransaction(pool, async (tx) =>
      lastStatementOf(tx).query(`INSERT INTO probe (id, label, tag) VALUES ($1, $2, 5)`, [2, "two"]),
    );
    await expect(failed).rejects.toMatchObject({ code: "23505" });
    expect(await labels()).toEqual([{ id: 1, label: "one" }]);
    expect(await connectionState()).toBe(false);
  });

  it("rolls back when the first statement fails or the caller throws, and refuses a statement after the last", async () => {
    await clean();
    await expect(inTransaction(pool, async (tx) => tx.query(`SELECT 1 / $1::int`, [0]))).rejects.toMatchObject({
      code: "22012",
    });
    await expect(
      inTransaction(pool, async (tx) => {
        await tx.query(INSERT, [3, "three"]);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await labels()).toEqual([]);
    await expect(
      inTransaction(pool, async (tx) => {
        await lastStatementOf(tx).query(INSERT, [4, "four"]);
        await tx.query(INSERT, [5, "five"]);
      }),
    ).rejects.toThrow(/has committed/);
    expect(await labels()).toEqual([{ id: 4, label: "four" }]); // committed with its statement
    expect(await connectionState()).toBe(false);
  });
});

describe("a write batch's one-row check, inside its statement", () => {
  const probe = `write_batch_probe`;

  beforeAll(async () => {
    await dbHandle().sql.exec(`CREATE TABLE ${probe} (id int PRIMARY KEY, n int NOT NULL)`);
    await dbHandle().sql.exec(`INSERT INTO ${probe} VALUES (1, 0)`);
  });

  const bump = (id: number) => ({
    name: "bump",
    statement: sql`UPDATE write_batch_probe SET n = n + 1 WHERE id = ${id} RETURNING 1`,
  });
  const note = { name: "note", statement: sql`INSERT INTO write_batch_probe VALUES (100, 0) RETURNING 1` };
  const rowsNow = async () => dbHandle().sql.query<{ id: number; n: number }>(`SELECT id, n FROM ${probe} ORDER BY id`);

  it("passes a part that wrote one row and fails the statement, naming the part, otherwise", async () => {
    expect(await dbHandle().transaction((tx) => runWrites(tx, [bump(1)], ["bump"]))).toEqual({ bump: 1 });
    const failed = dbHandle().transaction((tx) => runWrites(tx, [note, bump(2)], ["bump"]));
    const error = await failed.catch((e: unknown) => e);
    expect(partNotWrittenOnce(error)).toBe("bump");
    expect(await rowsNow()).toEqual([{ id: 1, n: 1 }]); // the note rolled back with it
  });

  it("turns a missed row into the batch's own error, even when the batch is the transaction's last statement", async () => {
    const lost = new AppError("CONFLICT", "changed by someone else");
    for (const last of [false, true]) {
      const failed = dbHandle().transaction((tx) =>
        commitWriteBatch(
          tx,
          { writes: [note, bump(2)], workflowStarts: [], mustWriteOne: [{ part: "bump", error: () => lost }] },
          { last },
        ),
      );
      await expect(failed).rejects.toBe(lost);
      expect(await rowsNow()).toEqual([{ id: 1, n: 1 }]);
    }
    await dbHandle().transaction((tx) =>
      commitWriteBatch(
        tx,
        { writes: [note, bump(1)], workflowStarts: [], mustWriteOne: [{ part: "bump", error: () => lost }] },
        { last: true },
      ),
    );
    expect(await rowsNow()).toEqual([
      { id: 1, n: 2 },
      { id: 100, n: 0 },
    ]);
  });
});
