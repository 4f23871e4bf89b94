// Named prepared statements on PGlite. Its query() parses, analyses and plans every statement
// each time (an unnamed statement); in WASM that dominates for the hot paths' larger
// statements. These are parsed once per database and then only bound and executed.
import type { PGlite } from "@electric-sql/pglite";
import { pgliteModules } from "./pglite-modules";
import { statementName } from "./statement-name";

/** Per database: prepared statement name → its parameters' type OIDs. */
const preparedBy = new WeakMap<PGlite, Map<string, number[]>>();

/** Several protocol messages as one buffer: PGlite runs them all in one call into the database. */
function concat(messages: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(messages.reduce((size, m) => size + m.length, 0));
  let at = 0;
  for (const m of messages) {
    out.set(m, at);
    at += m.length;
  }
  return out;
}

export async function preparedQuery<T>(pglite: PGlite, text: string, params: readonly unknown[]): Promise<T[]> {
  const {
    parse,
    protocol: { serialize },
  } = pgliteModules().pglite;
  const prepared = preparedBy.get(pglite) ?? new Map<string, number[]>();
  preparedBy.set(pglite, prepared);
  const name = statementName(text);
  const send = (message: Uint8Array) => pglite.execProtocolStream(message, { syncToFs: false });
  return pglite.runExclusive(async () => {
    let types = prepared.get(name);
    if (!types) {
      try {
        types = parse.parseDescribeStatementResults(
          await send(concat([serialize.parse({ name, text }), serialize.describe({ type: "S", name })])),
        );
      } catch (error) {
        await send(serialize.sync()); // end the failed extended-protocol exchange, as Sync would
        throw error;
      }
      prepared.set(name, types);
    }
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = pglite.serializers[types[i]!];
      return serializer ? serializer(value) : String(value);
    });
    // Bind, describe, execute and Sync in one call (one pass through the WASM boundary instead of
    // four); an error in any of them still reaches the Sync, which ends the exchange.
    const messages = await send(
      concat([
        serialize.bind({ statement: name, values }),
        serialize.describe({ type: "P" }),
        serialize.execute({}),
        serialize.sync(),
      ]),
    );
    return (parse.parseResults(messages, pglite.parsers)[0]?.rows ?? []) as T[];
  });
}

/** The same as a statement of its own: after any open transaction (pglite.query's order), and
 *  synced to the data folder afterwards as pglite.query does outside a transaction. */
export async function preparedOutsideTransaction<T>(
  pglite: PGlite,
  text: string,
  params: readonly unknown[],
): Promise<T[]> {
  await pglite.waitReady;
  const exclusive = pglite as unknown as { _runExclusiveTransaction<R>(fn: () => Promise<R>): Promise<R> };
  const rows = await exclusive._runExclusiveTransaction(() => preparedQuery<T>(pglite, text, params));
  await pglite.syncToFs();
  return rows;
}
