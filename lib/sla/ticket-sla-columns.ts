// The Ticket's SLA columns (SPEC §9) as the engine's TicketSla and back: read as one JSON value
// inside the statement that loads a ticket, written beside the rest of the ticket's row (its
// INSERT, or the guarded UPDATE of a change) with the due times derived from them.
import "server-only";
import type { TicketSla } from "@/lib/automation";
import { epochMs, join, raw, sql, utc, type SqlFragment } from "@/lib/db/sql";
import type { SlaDueTimes } from "./sla-due-times";

/** JSON: the ticket's TicketSla, instants as epoch milliseconds. `t` is the Ticket's alias. */
export function ticketSlaJson(t: string): SqlFragment {
  const col = (name: string) => raw(`${t}."${name}"`);
  return sql`json_build_object(
    'firstReplyTarget', ${col("slaFirstReplyTarget")}, 'closeTarget', ${col("slaCloseTarget")},
    'businessHours', ${col("slaBusinessHours")},
    'firstReplyMetAt', ${epochMs(col("slaFirstReplyMetAt"))},
    'firstReplyStoppedAt', ${epochMs(col("slaFirstReplyStoppedAt"))},
    'closeStartedAt', ${epochMs(col("slaCloseStartedAt"))},
    'closeMetAt', ${epochMs(col("slaCloseMetAt"))})`;
}

export type TicketSlaJson = { [K in keyof TicketSla]: TicketSla[K] extends Date | null ? number | null : TicketSla[K] };

const at = (ms: number | null) => (ms === null ? null : new Date(ms));

export function toTicketSla(json: TicketSlaJson): TicketSla {
  return {
    firstReplyTarget: json.firstReplyTarget,
    closeTarget: json.closeTarget,
    businessHours: json.businessHours,
    firstReplyMetAt: at(json.firstReplyMetAt),
    firstReplyStoppedAt: at(json.firstReplyStoppedAt),
    closeStartedAt: at(json.closeStartedAt),
    closeMetAt: at(json.closeMetAt),
  };
}

const instant = (value: Date | null) => (value ? utc(value) : sql`NULL::timestamp`);

/** Column name → value, for an INSERT's lists or an UPDATE's SET. */
function slaColumns(sla: TicketSla, due: SlaDueTimes): [string, SqlFragment][] {
  return [
    ["slaFirstReplyTarget", sql`${sla.firstReplyTarget}::text`],
    ["slaCloseTarget", sql`${sla.closeTarget}::text`],
    ["slaBusinessHours", sql`${sla.businessHours}`],
    ["slaFirstReplyDueSoonAt", instant(due.firstReplyDueSoonAt)],
    ["slaFirstReplyDueAt", instant(due.firstReplyDueAt)],
    ["slaFirstReplyMetAt", instant(sla.firstReplyMetAt)],
    ["slaFirstReplyStoppedAt", instant(sla.firstReplyStoppedAt)],
    ["slaCloseStartedAt", instant(sla.closeStartedAt)],
    ["slaCloseDueSoonAt", instant(due.closeDueSoonAt)],
    ["slaCloseDueAt", instant(due.closeDueAt)],
    ["slaCloseMetAt", instant(sla.closeMetAt)],
  ];
}

/** `"slaFirstReplyTarget" = …, …` for an UPDATE. */
export function slaSetClause(sla: TicketSla, due: SlaDueTimes): SqlFragment {
  return join(
    slaColumns(sla, due).map(([name, value]) => sql`${raw(`"${name}"`)} = ${value}`),
    ", ",
  );
}

/** The column list and the values list of an INSERT. */
export function slaInsertLists(sla: TicketSla, due: SlaDueTimes): { columns: SqlFragment; values: SqlFragment } {
  const columns = slaColumns(sla, due);
  return {
    columns: raw(columns.map(([name]) => `"${name}"`).join(", ")),
    values: join(
      columns.map(([, value]) => value),
      ", ",
    ),
  };
}
