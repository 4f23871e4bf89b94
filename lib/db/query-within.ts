// A transaction's statement with its BEGIN and/or its COMMIT in the same round trip (PostgreSQL
// over pg). pg sends one statement at a time and waits for its answer, so a transaction's BEGIN
// and COMMIT were round trips of their own: each a write that wakes the server's backend and an
// answer that waits for this event loop. Here BEGIN's Parse, Bind and Execute go out ahead of
// the statement's, and COMMIT's after them, before the one Sync: the server runs them in order
// and answers once. An explicit BEGIN inside an extended-query batch opens a transaction block
// that outlives the Sync ("Extended Query" and "Pipeline Mode" in PostgreSQL's protocol docs),
// so what follows is in the transaction exactly as after a BEGIN of its own. If a step fails,
// the server skips the rest up to the Sync (a COMMIT after a failed statement never runs) and
// the caller's ROLLBACK ends the failed block; a COMMIT that fails ends the transaction itself.
import pg from "pg";

/** The parts of pg's connection a query writes with (pg/lib/connection.js). */
interface ProtocolWriter {
  parse(message: { text: string }): void;
  bind(message: Record<string, never>): void;
  execute(message: { portal?: string; rows?: number }): void;
  sync(): void;
}

/** pg's Query with the protocol steps overridden here (pg/lib/query.js; not in its types). */
interface QueryInternals {
  portal: string;
  prepare(connection: ProtocolWriter): void;
  _getRows(connection: ProtocolWriter, rows?: number): void;
  handleCommandComplete(message: unknown, connection: unknown): void;
}

type Callback = (error: Error | null, result: pg.QueryResult) => void;
const PgQuery = pg.Query as unknown as new (
  config: pg.QueryConfig & { callback: Callback },
) => pg.Query & QueryInternals;

export interface Around {
  begin: boolean;
  commit: boolean;
}

function runUnnamed(connection: ProtocolWriter, text: string): void {
  connection.parse({ text });
  connection.bind({});
  connection.execute({});
}

class QueryWithin extends PgQuery {
  /** BEGIN's and COMMIT's CommandComplete are not the statement's result: it gets only its own. */
  private commandsSeen = 0;

  constructor(
    config: pg.QueryConfig & { name: string; callback: Callback },
    private readonly around: Around,
  ) {
    super(config);
  }

  override prepare(connection: ProtocolWriter): void {
    if (this.around.begin) runUnnamed(connection, "BEGIN");
    super.prepare(connection);
  }

  /** pg's last step: Execute, then Sync. COMMIT goes between them. */
  override _getRows(connection: ProtocolWriter): void {
    connection.execute({ portal: this.portal });
    if (this.around.commit) runUnnamed(connection, "COMMIT");
    connection.sync();
  }

  override handleCommandComplete(message: unknown, connection: unknown): void {
    const index = this.commandsSeen++;
    if (index === (this.around.begin ? 1 : 0)) super.handleCommandComplete(message, connection);
  }
}

/** Runs the prepared statement `config` on `client`, after BEGIN and/or before COMMIT as `around`
 *  says, in one round trip. */
export function queryWithin(
  client: pg.ClientBase,
  config: pg.QueryConfig & { name: string },
  around: Around,
): Promise<pg.QueryResult> {
  return new Promise((resolve, reject) => {
    // A query object given to pg reports through its callback, not a promise.
    client.query(
      new QueryWithin({ ...config, callback: (error, result) => (error ? reject(error) : resolve(result)) }, around),
    );
  });
}
