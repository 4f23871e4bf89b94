// The board's filters in SQL, shared by the column pages and the grouped counts, so a column's
// count is always its cards' count: the condition on the tickets, aliased t.
import "server-only";
import { join, sql, type SqlFragment } from "@/lib/db/sql";
import { slaFilterSql } from "@/lib/sla/sla-board-sql";
import { UNASSIGNED, type TBoardFilters } from "./board-schemas";

/** `%`, `_` and `\` in the search text are literal characters, not patterns. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * The tickets whose subject, contact name or contact email contains the text, case-insensitively
 * (ILIKE's semantics: PostgreSQL's lower() of both sides). Read through one trigram index on
 * `searchText` (migration board_search_text: the three lowercased, newline-separated, kept by
 * triggers). A text without a newline matches there exactly when it matches one of the three;
 * one with a newline could match across two, so the three are tested as well.
 */
function searchSql(text: string): SqlFragment {
  const pattern = containsPattern(text);
  const indexed = sql`t."searchText" LIKE lower(${pattern})`;
  if (!text.includes("\n")) return indexed;
  return sql`(${indexed} AND (t.subject ILIKE ${pattern} OR EXISTS (
    SELECT 1 FROM "Contact" m WHERE m.id = t."contactId" AND (m.name ILIKE ${pattern} OR m.email ILIKE ${pattern}))))`;
}

/** The pipeline, the search text and the owner, priority and SLA filters, over `t`. */
export function boardFilterSql(pipelineId: string, filters: TBoardFilters): SqlFragment {
  const conditions: SqlFragment[] = [sql`t."pipelineId" = ${pipelineId}`];
  if (filters.q) conditions.push(searchSql(filters.q));
  if (filters.ownerId === UNASSIGNED) conditions.push(sql`t."ownerId" IS NULL`);
  else if (filters.ownerId) conditions.push(sql`t."ownerId" = ${filters.ownerId}`);
  if (filters.priority) conditions.push(sql`t.priority = ${filters.priority}::"Priority"`);
  if (filters.sla) conditions.push(slaFilterSql(filters.sla));
  return join(conditions, " AND ");
}
