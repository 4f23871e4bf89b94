// The board's filters as one SQL condition over "Ticket" t LEFT JOIN "Contact" c: shared by
// the column pages and the grouped counts, so a column's count is always its cards' count.
import "server-only";
import { join, sql, type SqlFragment } from "@/lib/db/sql";
import { UNASSIGNED, type TBoardFilters } from "./board-schemas";

/** `%`, `_` and `\` in the search text are literal characters, not patterns. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export function boardFilterSql(pipelineId: string, filters: TBoardFilters): SqlFragment {
  const conditions: SqlFragment[] = [sql`t."pipelineId" = ${pipelineId}`];
  if (filters.ownerId === UNASSIGNED) conditions.push(sql`t."ownerId" IS NULL`);
  else if (filters.ownerId) conditions.push(sql`t."ownerId" = ${filters.ownerId}`);
  if (filters.priority) conditions.push(sql`t.priority = ${filters.priority}::"Priority"`);
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    conditions.push(sql`(t.subject ILIKE ${pattern} OR c.name ILIKE ${pattern} OR c.email ILIKE ${pattern})`);
  }
  return join(conditions, " AND ");
}

/** Text search reads the contact; without it the join is left out. */
export function contactJoinSql(filters: TBoardFilters): SqlFragment {
  return filters.q ? sql`LEFT JOIN "Contact" c ON c.id = t."contactId"` : sql``;
}
