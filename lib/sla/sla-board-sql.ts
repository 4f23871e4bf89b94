// SPEC §9 on the board: its SLA filter and its SLA order as SQL over the Ticket alias `t`, read at
// the database's clock. A card's SLA state is its target needing attention first (card-sla.ts):
// overdue, due soon or pending while a clock runs; missed or met once none runs.
import "server-only";
import { sql, type SqlFragment } from "@/lib/db/sql";

const NOW = sql`(now() AT TIME ZONE 'UTC')`;
const FIRST_REPLY_RUNNING = sql`(t."slaFirstReplyDueAt" IS NOT NULL AND t."slaFirstReplyMetAt" IS NULL AND t."slaFirstReplyStoppedAt" IS NULL)`;
const CLOSE_RUNNING = sql`(t."slaCloseDueAt" IS NOT NULL AND t."slaCloseMetAt" IS NULL)`;
const RUNNING = sql`(${FIRST_REPLY_RUNNING} OR ${CLOSE_RUNNING})`;

const is = (condition: SqlFragment) => sql`COALESCE(${condition}, false)`;

const OVERDUE = is(
  sql`(${FIRST_REPLY_RUNNING} AND ${NOW} > t."slaFirstReplyDueAt") OR (${CLOSE_RUNNING} AND ${NOW} > t."slaCloseDueAt")`,
);
const DUE_SOON = is(
  sql`NOT ${OVERDUE} AND ((${FIRST_REPLY_RUNNING} AND ${NOW} >= t."slaFirstReplyDueSoonAt") OR (${CLOSE_RUNNING} AND ${NOW} >= t."slaCloseDueSoonAt"))`,
);
const MISSED_ONE = is(
  sql`t."slaFirstReplyMetAt" > t."slaFirstReplyDueAt" OR t."slaFirstReplyStoppedAt" > t."slaFirstReplyDueAt" OR t."slaCloseMetAt" > t."slaCloseDueAt"`,
);
const MET_ONE = is(sql`t."slaFirstReplyMetAt" <= t."slaFirstReplyDueAt" OR t."slaCloseMetAt" <= t."slaCloseDueAt"`);

export type SlaFilter = "overdue" | "due_soon" | "pending" | "missed" | "met";

export function slaFilterSql(filter: SlaFilter): SqlFragment {
  switch (filter) {
    case "overdue":
      return OVERDUE;
    case "due_soon":
      return DUE_SOON;
    case "pending":
      return sql`(${is(RUNNING)} AND NOT ${OVERDUE} AND NOT ${DUE_SOON})`;
    case "missed":
      return sql`(NOT ${is(RUNNING)} AND ${MISSED_ONE})`;
    case "met":
      return sql`(NOT ${is(RUNNING)} AND NOT ${MISSED_ONE} AND ${MET_ONE})`;
  }
}

/** The next due time of a running clock; 'infinity' when none runs (those cards come last). */
export const SLA_SORT_KEY = sql`COALESCE(LEAST(
    CASE WHEN ${FIRST_REPLY_RUNNING} THEN t."slaFirstReplyDueAt" END,
    CASE WHEN ${CLOSE_RUNNING} THEN t."slaCloseDueAt" END), 'infinity'::timestamp)`;
