// A board column's cards, newest first, in keyset pages over the (pipelineId, statusId,
// createdAt DESC) index. The first page of every column comes in one query, LATERAL per status
// (the board page's search reads them with its counts instead: board-search-pages.ts).
import "server-only";
import { dbHandle } from "@/lib/db";
import { epochMs, join, raw, rows, sql, utc, type SqlFragment } from "@/lib/db/sql";
import { cardSla } from "@/lib/sla/card-sla";
import { SLA_SORT_KEY } from "@/lib/sla/sla-board-sql";
import { ticketSlaView } from "@/lib/sla/ticket-sla-view";
import { decodeBoardCursor, encodeBoardCursor, type BoardCursor } from "./board-cursor";
import { boardFilterSql } from "./board-filter-sql";
import type { BoardCard, BoardColumnPage, TBoardColumnQuery, TBoardFilters, TPriority } from "./board-schemas";

export interface CardRow {
  id: string;
  subject: string;
  priority: TPriority;
  statusId: string;
  version: number;
  createdAtMs: number;
  closeDate: string | null;
  contactId: string | null;
  contactName: string | null;
  contactEmail: string | null;
  ownerId: string | null;
  ownerName: string | null;
  timeZone: string | null;
  /** The SLA order's key: the next due time of a running clock; null when none runs. */
  slaDueMs: number | null;
  slaFirstReplyDueSoonAtMs: number | null;
  slaFirstReplyDueAtMs: number | null;
  slaFirstReplyMetAtMs: number | null;
  slaFirstReplyStoppedAtMs: number | null;
  slaCloseDueSoonAtMs: number | null;
  slaCloseDueAtMs: number | null;
  slaCloseMetAtMs: number | null;
}

interface CardsSql {
  pipelineId: string;
  filters: TBoardFilters;
  /** An SQL expression for the column's status id. */
  statusId: SqlFragment;
  after: BoardCursor | null;
  limit: number;
}

const SLA_COLUMNS = [
  "slaFirstReplyDueSoonAt",
  "slaFirstReplyDueAt",
  "slaFirstReplyMetAt",
  "slaFirstReplyStoppedAt",
  "slaCloseDueSoonAt",
  "slaCloseDueAt",
  "slaCloseMetAt",
].map((name) => sql`${epochMs(raw(`t."${name}"`))} AS ${raw(`"${name}Ms"`)}`);

export const CARD_COLUMNS = sql`t.id, t.subject, t.priority::text AS priority, t."statusId", t.version,
  ${epochMs(sql`t."createdAt"`)} AS "createdAtMs", to_char(t."closeDate", 'YYYY-MM-DD') AS "closeDate",
  c.id AS "contactId", c.name AS "contactName", c.email AS "contactEmail",
  u.id AS "ownerId", u.name AS "ownerName",
  (SELECT a."timeZone" FROM "Account" a LIMIT 1) AS "timeZone",
  CASE WHEN ${SLA_SORT_KEY} = 'infinity' THEN NULL ELSE ${epochMs(SLA_SORT_KEY)} END AS "slaDueMs",
  ${join(SLA_COLUMNS, ", ")}`;

/** Newest first, or (sort=sla) the next SLA due time first, then newest. */
export function orderSql(filters: TBoardFilters): SqlFragment {
  return filters.sort === "sla"
    ? sql`${SLA_SORT_KEY} ASC, t."createdAt" DESC, t.id DESC`
    : sql`t."createdAt" DESC, t.id DESC`;
}

function keysetSql(filters: TBoardFilters, after: BoardCursor | null): SqlFragment {
  if (!after) return sql``;
  const newer = sql`(t."createdAt", t.id) < (${utc(new Date(after.createdAtMs))}, ${after.id})`;
  if (filters.sort !== "sla") return sql`AND ${newer}`;
  const due =
    after.slaDueMs === null || after.slaDueMs === undefined
      ? sql`'infinity'::timestamp`
      : utc(new Date(after.slaDueMs));
  return sql`AND (${SLA_SORT_KEY} > ${due} OR (${SLA_SORT_KEY} = ${due} AND ${newer}))`;
}

export const CARD_JOINS = sql`LEFT JOIN "Contact" c ON c.id = t."contactId" LEFT JOIN "User" u ON u.id = t."ownerId"`;

function cardsSql({ pipelineId, filters, statusId, after, limit }: CardsSql): SqlFragment {
  return sql`
    SELECT ${CARD_COLUMNS}
    FROM "Ticket" t ${CARD_JOINS}
    WHERE ${boardFilterSql(pipelineId, filters)} AND t."statusId" = ${statusId} ${keysetSql(filters, after)}
    ORDER BY ${orderSql(filters)}
    LIMIT ${limit + 1}`;
}

function toCard(row: CardRow, now: Date): BoardCard {
  const at = (ms: number | null) => (ms === null ? null : new Date(ms));
  const view = ticketSlaView(
    {
      slaFirstReplyDueSoonAt: at(row.slaFirstReplyDueSoonAtMs),
      slaFirstReplyDueAt: at(row.slaFirstReplyDueAtMs),
      slaFirstReplyMetAt: at(row.slaFirstReplyMetAtMs),
      slaFirstReplyStoppedAt: at(row.slaFirstReplyStoppedAtMs),
      slaCloseDueSoonAt: at(row.slaCloseDueSoonAtMs),
      slaCloseDueAt: at(row.slaCloseDueAtMs),
      slaCloseMetAt: at(row.slaCloseMetAtMs),
    },
    now,
  );
  return {
    id: row.id,
    subject: row.subject,
    priority: row.priority,
    statusId: row.statusId,
    version: row.version,
    createdAt: new Date(row.createdAtMs).toISOString(),
    closeDate: row.closeDate,
    contact: row.contactId ? { id: row.contactId, name: row.contactName, email: row.contactEmail ?? "" } : null,
    owner: row.ownerId ? { id: row.ownerId, name: row.ownerName ?? "" } : null,
    sla: cardSla(view, row.timeZone ?? "UTC"),
  };
}

/** `limit + 1` rows were asked for: the extra one only says there is a next page. */
export function toPage(found: CardRow[], limit: number, filters: TBoardFilters): BoardColumnPage {
  const page = found.slice(0, limit);
  const last = page.at(-1);
  const more = found.length > limit && last;
  const now = new Date();
  const cursor = (row: CardRow) =>
    encodeBoardCursor({
      createdAtMs: row.createdAtMs,
      id: row.id,
      ...(filters.sort === "sla" && { slaDueMs: row.slaDueMs }),
    });
  return { cards: page.map((row) => toCard(row, now)), nextCursor: more ? cursor(last) : null };
}

export async function boardColumnPage(query: TBoardColumnQuery): Promise<BoardColumnPage> {
  const { pipelineId, statusId, cursor, limit, ...filters } = query;
  const after = cursor ? decodeBoardCursor(cursor) : null;
  const found = await rows<CardRow>(
    dbHandle().sql,
    cardsSql({ pipelineId, filters, statusId: sql`${statusId}`, after, limit }),
  );
  return toPage(found, limit, filters);
}

export function byColumn<T extends { columnId: string }>(found: T[]): Map<string, T[]> {
  const columns = new Map<string, T[]>();
  for (const row of found) columns.set(row.columnId, [...(columns.get(row.columnId) ?? []), row]);
  return columns;
}

/** The first page of every column of the pipeline, by status id, in one query. */
export async function boardFirstPages(
  pipelineId: string,
  filters: TBoardFilters,
  limit: number,
): Promise<Record<string, BoardColumnPage>> {
  const columns = cardsSql({ pipelineId, filters, statusId: sql`s.id`, after: null, limit });
  const found = await rows<CardRow & { columnId: string }>(
    dbHandle().sql,
    sql`
    SELECT s.id AS "columnId", x.* FROM "PipelineStatus" s
    CROSS JOIN LATERAL (${columns}) x
    WHERE s."pipelineId" = ${pipelineId}`,
  );
  return Object.fromEntries([...byColumn(found)].map(([statusId, cards]) => [statusId, toPage(cards, limit, filters)]));
}
