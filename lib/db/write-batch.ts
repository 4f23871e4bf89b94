// Many writes in one round trip: each part is an INSERT/UPDATE … RETURNING run as a
// data-modifying CTE of a single statement, so a whole ticket change (ticket row, messages,
// timeline, enrolments, jobs, the event's result) costs one query. Later parts may read
// earlier ones by name (e.g. the id of a contact found or created). Foreign keys between
// rows of one batch are checked at the end of the statement, so order does not matter.
import { join, oneRow, raw, sql, type Sql, type SqlFragment } from "./sql";

export interface WritePart {
  /** A SQL identifier, unique in the batch; `counts[name]` is how many rows it returned. */
  name: string;
  /** An INSERT/UPDATE/DELETE with a RETURNING clause. */
  statement: SqlFragment;
}

/** The id a part returned, as an SQL expression for a later part of the same batch. */
export function selectIdFrom(partName: string): SqlFragment {
  return sql`(SELECT id FROM ${raw(`"${partName}"`)})`;
}

export type WriteCounts = Record<string, number>;

/** The SQLSTATE a batch fails with when a part of `expectOne` wrote another number of rows; the
 *  error's message is the part's name (migration 20261205050000_write_batch_expect_one). */
export const EXPECTED_ONE_ROW = "TF001";

/** The part of `expectOne` that failed the batch's statement, if that is what `error` is. */
export function partNotWrittenOnce(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === EXPECTED_ONE_ROW && typeof message === "string" ? message : null;
}

/** Runs the parts as one statement; `expectOne` names parts that must each write exactly one
 *  row, checked inside it: otherwise the statement fails (`partNotWrittenOnce`). */
export async function runWrites(
  executor: Sql,
  parts: readonly WritePart[],
  expectOne: readonly string[] = [],
): Promise<WriteCounts> {
  if (parts.length === 0) return {};
  const ctes = parts.map((p) => sql`${raw(quoted(p.name))} AS (${p.statement})`);
  const counts = parts.map((p) => {
    const written = sql`(SELECT count(*) FROM ${raw(quoted(p.name))})`;
    const checked = expectOne.includes(p.name) ? sql`write_batch_expect_one(${p.name}, ${written})` : written;
    return sql`${p.name}::text, ${checked}::int`;
  });
  // A function takes at most 100 arguments: many parts (a burst of timers' writes) build their
  // counts in objects of up to 50 pairs, concatenated.
  const objects = [];
  for (let i = 0; i < counts.length; i += 50)
    objects.push(sql`jsonb_build_object(${join(counts.slice(i, i + 50), ", ")})`);
  const query = sql`WITH ${join(ctes, ", ")} SELECT ${join(objects, " || ")} AS counts`;
  const row = await oneRow<{ counts: WriteCounts }>(executor, query);
  return row?.counts ?? {};
}

function quoted(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`Not a write part name: ${name}`);
  return `"${name}"`;
}
