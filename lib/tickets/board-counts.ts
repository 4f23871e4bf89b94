// Every column's count in one query. Without any filter, one count per status over the
// (pipelineId, statusId, createdAt) index, index-only while the visibility map covers most of the
// table (VACUUM's: PostgreSQL's autovacuum, PGlite's lib/db/embedded-vacuum.ts): at 100,000
// tickets 10 ms against 22 for a grouped count on PostgreSQL (a parallel sequential scan), 15
// against 40 on PGlite. Before the table has been vacuumed (a bulk import) the per-status form
// would be a scan of the table per status, so the grouped count stays then (the statistics say
// which, looked up once a minute), and with a filter: an owner is found through its index, the
// search through its trigram index (board-filter-sql.ts; the board page gets those counts with
// its first pages: board-search-pages.ts).
import "server-only";
import { dbHandle } from "@/lib/db";
import type { DbHandle } from "@/lib/db/open";
import { oneRow, rows, sql } from "@/lib/db/sql";
import { boardFilterSql } from "./board-filter-sql";
import type { BoardCounts, TBoardCountsQuery } from "./board-schemas";

const VISIBILITY_CHECK_MS = 60_000;
const visibility = new WeakMap<DbHandle, { at: number; mostly: Promise<boolean> }>();

/** Whether VACUUM last found at least half of Ticket's pages all-visible (index-only scans pay off). */
function mostlyVisible(handle: DbHandle): Promise<boolean> {
  const known = visibility.get(handle);
  if (known && Date.now() - known.at < VISIBILITY_CHECK_MS) return known.mostly;
  const mostly = oneRow<{ mostly: boolean }>(
    handle.sql,
    sql`SELECT c.relallvisible >= c.relpages / 2 AS mostly FROM pg_class c WHERE c.oid = '"Ticket"'::regclass`,
  ).then(
    (row) => row?.mostly ?? false,
    () => false,
  );
  visibility.set(handle, { at: Date.now(), mostly });
  return mostly;
}

export async function boardCounts(query: TBoardCountsQuery): Promise<BoardCounts> {
  const { pipelineId, sort: _sort, ...filters } = query;
  const handle = dbHandle();
  const perStatus = Object.values(filters).every((value) => !value) && (await mostlyVisible(handle));
  const found = await rows<{ statusId: string; count: number }>(
    handle.sql,
    perStatus
      ? sql`
    SELECT s.id AS "statusId", x.count FROM "PipelineStatus" s
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS count FROM "Ticket" t WHERE t."pipelineId" = ${pipelineId} AND t."statusId" = s.id
    ) x
    WHERE s."pipelineId" = ${pipelineId} AND x.count > 0`
      : sql`
    SELECT t."statusId", count(*)::int AS count
    FROM "Ticket" t
    WHERE ${boardFilterSql(pipelineId, filters)}
    GROUP BY t."statusId"`,
  );
  return Object.fromEntries(found.map((r) => [r.statusId, r.count]));
}
