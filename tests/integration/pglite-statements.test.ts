// The embedded database's statement path (lib/db/pglite-prepared.ts: a statement with parameters
// is prepared once, then bound, executed and synced in one call into PGlite) and its settings
// (lib/db/open.ts: shared_buffers). Opens its own in-memory PGlite whatever DATABASE_URL says:
// this is PGlite's code path only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, PGLITE_SHARED_BUFFERS, type DbHandle } from "@/lib/db/open";

let handle: DbHandle;

beforeAll(async () => {
  handle = openDb({ kind: "pglite" });
  await handle.sql.exec(`CREATE TABLE probe (id int PRIMARY KEY, label text NOT NULL)`);
});

afterAll(async () => {
  await handle.close();
});

const count = async () => (await handle.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM probe`))[0]!.n;

describe("PGlite statements", () => {
  it("starts with the configured page cache, and the default otherwise", async () => {
    expect(PGLITE_SHARED_BUFFERS).toBe("32MB");
    expect(await handle.sql.query(`SHOW shared_buffers`)).toEqual([{ shared_buffers: "32MB" }]);
    const other = openDb({ kind: "pglite", sharedBuffers: "24MB" });
    try {
      expect(await other.sql.query(`SHOW shared_buffers`)).toEqual([{ shared_buffers: "24MB" }]);
    } finally {
      await other.close();
    }
  });

  it("runs a prepared statement again with new values, in and outside a transaction", async () => {
    const insert = `INSERT INTO probe (id, label) VALUES ($1, $2) RETURNING id, label`;
    expect(await handle.sql.query(insert, [1, "one"])).toEqual([{ id: 1, label: "one" }]);
    expect(await handle.sql.query(insert, [2, "two"])).toEqual([{ id: 2, label: "two" }]);
    const inside = await handle.transaction(async (tx) => [
      ...(await tx.query(insert, [3, "three"])),
      ...(await tx.query(insert, [4, "four"])),
    ]);
    expect(inside).toEqual([
      { id: 3, label: "three" },
      { id: 4, label: "four" },
    ]);
    expect(await count()).toBe(4);
  });

  it("a failing execution (unique violation) rolls its transaction back and leaves the session usable", async () => {
    const insert = `INSERT INTO probe (id, label) VALUES ($1, $2)`;
    const failed = handle.transaction(async (tx) => {
      await tx.query(insert, [10, "kept only if committed"]);
      await tx.query(insert, [1, "duplicate"]);
    });
    await expect(failed).rejects.toMatchObject({ code: "23505" });
    expect(await count()).toBe(4);
    // The same prepared statement binds and runs again.
    await handle.transaction((tx) => tx.query(insert, [10, "ten"]));
    expect(await count()).toBe(5);
  });

  it("a value the parameter's type refuses (bind error) fails that statement only", async () => {
    const byId = `SELECT label FROM probe WHERE id = $1`;
    expect(await handle.sql.query(byId, [10])).toEqual([{ label: "ten" }]);
    await expect(handle.sql.query(byId, ["not a number"])).rejects.toMatchObject({ code: "22P02" });
    await expect(handle.transaction((tx) => tx.query(byId, ["nor this"]))).rejects.toMatchObject({ code: "22P02" });
    expect(await handle.sql.query(byId, [2])).toEqual([{ label: "two" }]);
    expect(await handle.transaction((tx) => tx.query(byId, [3]))).toEqual([{ label: "three" }]);
  });

  it("a statement that does not parse fails, and is not remembered as prepared", async () => {
    const broken = `SELEC label FROM probe WHERE id = $1`;
    await expect(handle.sql.query(broken, [1])).rejects.toMatchObject({ code: "42601" });
    await expect(handle.transaction((tx) => tx.query(broken, [1]))).rejects.toMatchObject({ code: "42601" });
    expect(await handle.sql.query(`SELECT label FROM probe WHERE id = $1`, [4])).toEqual([{ label: "four" }]);
  });
});
