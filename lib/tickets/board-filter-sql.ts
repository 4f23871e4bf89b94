// The board's filters in SQL, shared by the column pages and the grouped counts, so a column's
// count is always its cards' count: the tickets to read (`boardTicketsSql`, aliased t) and the
// condition on them (`boardFilterSql`).
import "server-only";
import { join, sql, type SqlFragment } from "@/lib/db/sql";
import { slaFilterSql } from "@/lib/sla/sla-board-sql";
import { UNASSIGNED, type TBoardFilters } from "./board-schemas";

/** `%`, `_` and `\` in the search text are literal characters, not patterns. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * The tickets as `t`: every ticket, or with a search text only those whose subject, contact
 * name or contact email contains it. The search reads the trigram indexes (migration
 * board_search_trigram): tickets by subject, plus the tickets of the contacts found by name or
 * email that the first branch did not already give (UNION ALL, no de-duplication pass).
 */
export function boardTicketsSql(filters: TBoardFilters): SqlFragment {
  if (!filters.q) return sql`"Ticket" t`;
  const pattern = containsPattern(filters.q);
  return sql`(
    SELECT s.* FROM "Ticket" s WHERE s.subject ILIKE ${pattern}
    UNION ALL
    SELECT s.* FROM "Contact" m JOIN "Ticket" s ON s."contactId" = m.id
    WHERE (m.name ILIKE ${pattern} OR m.email ILIKE ${pattern}) AND s.subject NOT ILIKE ${pattern}
  ) t`;
}

/** The pipeline and the owner, priority and SLA filters, over `t`. */
export function boardFilterSql(pipelineId: string, filters: TBoardFilters): SqlFragment {
  const conditions: SqlFragment[] = [sql`t."pipelineId" = ${pipelineId}`];
  if (filters.ownerId === UNASSIGNED) conditions.push(sql`t."ownerId" IS NULL`);
  else if (filters.ownerId) conditions.push(sql`t."ownerId" = ${filters.ownerId}`);
  if (filters.priority) conditions.push(sql`t.priority = ${filters.priority}::"Priority"`);
  if (filters.sla) conditions.push(slaFilterSql(filters.sla));
  return join(conditions, " AND ");
}
