// A ticket in the public API's shape (lib/tickets/ticket-dto.ts), read in one raw statement: the
// API's GET and PATCH answers and webhooks read it on every call, and the ORM's query compiler
// cost ~5 ms of CPU per read for it (bench/PROFILE.md, 4 Dec). Same row as `ticketDtoSelect`, in
// the same key order, so `toTicketDto` gives the same answer.
import "server-only";
import { instant, queryRows, type SqlTarget } from "@/lib/jobs/sql";
import { SLA_COLUMNS } from "@/lib/sla/ticket-sla-view";
import { ticketDtoSelect, toTicketDto, type TicketDto, type TicketRow } from "./ticket-dto";

const TIMESTAMPS = new Set<string>([
  "createdAt",
  "updatedAt",
  "lastStatusChangeAt",
  "reopenedAt",
  "closedAt",
  ...SLA_COLUMNS,
]);

function columnSql(name: string): string {
  if (name === "followUps") {
    return `COALESCE((SELECT json_agg(json_build_object('id', f.id) ORDER BY f."createdAt")
      FROM "Ticket" f WHERE f."followUpOfId" = t.id), '[]'::json) AS "followUps"`;
  }
  if (TIMESTAMPS.has(name)) return `${instant(`t."${name}"`)} AS "${name}"`;
  if (name === "priority" || name === "source") return `t.${name}::text AS ${name}`;
  // A calendar date and a bigint as text: drivers would read them as local midnight and a string.
  if (name === "closeDate" || name === "timeToCloseMs") return `t."${name}"::text AS "${name}"`;
  return `t."${name}"`;
}

const TICKET_DTO_SQL = `SELECT ${Object.keys(ticketDtoSelect).map(columnSql).join(", ")} FROM "Ticket" t WHERE t.id = $1`;

type RawRow = Omit<TicketRow, "closeDate" | "timeToCloseMs"> & {
  closeDate: string | null;
  timeToCloseMs: string | null;
};

/** The ticket's public shape, or null when there is no such ticket; `now`: when the SLA states are read. */
export async function readTicketDto(target: SqlTarget, id: string, now = new Date()): Promise<TicketDto | null> {
  const [raw] = await queryRows<RawRow>(target, TICKET_DTO_SQL, [id]);
  if (!raw) return null;
  const row: TicketRow = {
    ...raw,
    closeDate: raw.closeDate === null ? null : new Date(`${raw.closeDate}T00:00:00.000Z`),
    timeToCloseMs: raw.timeToCloseMs === null ? null : BigInt(raw.timeToCloseMs),
  };
  return toTicketDto(row, now);
}
