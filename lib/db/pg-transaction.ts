// One raw-SQL transaction on a connection of its own (PostgreSQL over pg), in as few round trips
// as its statements allow (query-within.ts): BEGIN goes out with the first prepared statement,
// COMMIT with the last one when the caller says which that is (Sql.queryThenCommit), and a
// transaction that ran nothing sends nothing.
import type pg from "pg";
import { queryWithin } from "./query-within";
import type { Sql } from "./sql";
import { preparedStatement } from "./statement-name";

export async function inTransaction<T>(pool: pg.Pool, fn: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // Both set before a statement is sent: pg runs a client's statements in the order they were
  // given, so one that starts while another is in flight still follows its BEGIN.
  let begun = false;
  let committed = false;
  const run = async <R>(text: string, params: unknown[] | undefined, commit: boolean): Promise<R[]> => {
    if (committed) throw new Error("This transaction has committed: no statement may follow its last one.");
    committed = commit;
    const config = preparedStatement(text, params);
    if (config.name) {
      const begin = !begun;
      begun = true;
      return (await queryWithin(client, { ...config, name: config.name }, { begin, commit })).rows as R[];
    }
    if (!begun) {
      begun = true;
      await client.query("BEGIN");
    }
    const rows = (await client.query(config)).rows as R[];
    if (commit) await client.query("COMMIT");
    return rows;
  };
  const sql: Sql = {
    exec: async (text) => void (await run(text, undefined, false)),
    query: (text, params) => run(text, params, false),
    queryThenCommit: (text, params) => run(text, params, true),
  };
  try {
    const result = await fn(sql);
    if (begun && !committed) await client.query("COMMIT");
    return result;
  } catch (error) {
    // After a COMMIT that failed the server has ended the transaction; ROLLBACK is then a no-op.
    if (begun) await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
