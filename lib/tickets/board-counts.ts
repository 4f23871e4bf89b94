// Every column's count in one grouped query (an index-only scan without text search; with it,
// over the tickets the trigram indexes find).
import "server-only";
import { dbHandle } from "@/lib/db";
import { rows, sql } from "@/lib/db/sql";
import { boardFilterSql, boardTicketsSql } from "./board-filter-sql";
import type { BoardCounts, TBoardCountsQuery } from "./board-schemas";

export async function boardCounts(query: TBoardCountsQuery): Promise<BoardCounts> {
  const { pipelineId, ...filters } = query;
  const found = await rows<{ statusId: string; count: number }>(
    dbHandle().sql,
    sql`
    SELECT t."statusId", count(*)::int AS count
    FROM ${boardTicketsSql(filters)}
    WHERE ${boardFilterSql(pipelineId, filters)}
    GROUP BY t."statusId"`,
  );
  return Object.fromEntries(found.map((r) => [r.statusId, r.count]));
}
