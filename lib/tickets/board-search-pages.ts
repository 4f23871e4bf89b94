// The board page with a search text: every column's count and first page. The counts read the
// tickets found once (the trigram index's bitmap, lib/tickets/board-filter-sql.ts). A column
// where the text is common (a word in a quarter of the subjects) has its first page a few rows
// down its (pipelineId, statusId, createdAt DESC) index: it walks at most WALK_ROWS of them,
// newest first, in the same query. A column the walk did not fill (few matches among many
// tickets), and every column under the SLA order (no index walks it), gets its page from one
// more query over the tickets found, grouped by column: only their narrow keys are sorted.
// Sorting every found ticket's whole row was the time before (issue 16: PGlite p95 322 ms).
import "server-only";
import { dbHandle } from "@/lib/db";
import { rows, sql, type SqlFragment } from "@/lib/db/sql";
import { boardFilterSql } from "./board-filter-sql";
import { byColumn, CARD_COLUMNS, CARD_JOINS, orderSql, toPage, type CardRow } from "./board-columns";
import type { BoardColumnPage, BoardCounts, TBoardFilters } from "./board-schemas";

/** The most tickets of one column read by the walk: its cost when the text is rare there. */
const WALK_ROWS = 1000;

type FoundRow = CardRow & { columnId: string; count: number };

/** Every column's count, and the walk's first `limit + 1` cards of the columns with more than that. */
function countsAndWalkSql(pipelineId: string, filters: TBoardFilters, limit: number): SqlFragment {
  const found = boardFilterSql(pipelineId, filters);
  return sql`
    SELECT n."statusId" AS "columnId", n.count, ${CARD_COLUMNS}
    FROM (
      SELECT t."statusId", count(*)::int AS count FROM "Ticket" t WHERE ${found} GROUP BY t."statusId"
    ) n
    LEFT JOIN LATERAL (
      SELECT t.* FROM (
        SELECT t.* FROM "Ticket" t
        WHERE n.count > ${limit + 1} AND t."pipelineId" = ${pipelineId} AND t."statusId" = n."statusId"
        ORDER BY ${orderSql({})}
        LIMIT ${WALK_ROWS}
      ) t
      WHERE ${found}
      ORDER BY ${orderSql({})}
      LIMIT ${limit + 1}
    ) t ON true
    ${CARD_JOINS}
    ORDER BY n."statusId", ${orderSql({})}`;
}

/** The first `limit + 1` cards of the given columns (all, when null) and their counts, from the tickets found. */
function groupedPagesSql(
  pipelineId: string,
  filters: TBoardFilters,
  limit: number,
  statusIds: string[] | null,
): SqlFragment {
  const only = statusIds ? sql`AND t."statusId" = ANY(${statusIds}::text[])` : sql``;
  return sql`
    SELECT g."statusId" AS "columnId", g.count, ${CARD_COLUMNS}
    FROM (
      SELECT t."statusId", count(*)::int AS count, (array_agg(t.id ORDER BY ${orderSql(filters)}))[1:${limit + 1}] AS ids
      FROM "Ticket" t WHERE ${boardFilterSql(pipelineId, filters)} ${only}
      GROUP BY t."statusId"
    ) g
    CROSS JOIN LATERAL unnest(g.ids) WITH ORDINALITY AS x(id, rank)
    JOIN "Ticket" t ON t.id = x.id ${CARD_JOINS}
    ORDER BY g."statusId", x.rank`;
}

/** The first page of every column and every column's count, under a search text. */
export async function boardSearchFirstPages(
  pipelineId: string,
  filters: TBoardFilters,
  limit: number,
): Promise<{ pages: Record<string, BoardColumnPage>; counts: BoardCounts }> {
  const columns = byColumn(
    await rows<FoundRow>(
      dbHandle().sql,
      filters.sort === "sla"
        ? groupedPagesSql(pipelineId, filters, limit, null)
        : countsAndWalkSql(pipelineId, filters, limit),
    ),
  );
  const counts: BoardCounts = Object.fromEntries([...columns].map(([statusId, found]) => [statusId, found[0]!.count]));
  const cards = new Map([...columns].map(([statusId, found]) => [statusId, found.filter((row) => row.id !== null)]));
  const unfilled = [...cards].filter(([statusId, found]) => found.length < Math.min(limit + 1, counts[statusId]!));
  if (unfilled.length > 0) {
    const statusIds = unfilled.map(([statusId]) => statusId);
    for (const [statusId, found] of byColumn(
      await rows<FoundRow>(dbHandle().sql, groupedPagesSql(pipelineId, filters, limit, statusIds)),
    ))
      cards.set(statusId, found);
  }
  return {
    pages: Object.fromEntries([...cards].map(([statusId, found]) => [statusId, toPage(found, limit, filters)])),
    counts,
  };
}
