// The ticket's clocks a timer is checked against (SPEC §9): when it entered its status, and when
// each SLA target's running clock started (null when none runs: no target, met, stopped). For a
// burst of timers, many tickets' clocks in one query.
import "server-only";
import { slaRunningSince, type TicketClocks } from "@/lib/automation";
import { epochMs, rows, sql, type Sql } from "@/lib/db/sql";
import { ticketSlaJson, toTicketSla, type TicketSlaJson } from "@/lib/sla/ticket-sla-columns";

const NO_CLOCKS: TicketClocks = { statusEnteredAt: new Date(0), slaRunningSince: { firstReply: null, close: null } };

export async function readTicketClocks(tx: Sql, ticketId: string): Promise<TicketClocks> {
  return (await readTicketsClocks(tx, [ticketId])).get(ticketId) ?? NO_CLOCKS;
}

/** The clocks of the tickets of `ticketIds` that exist, by ticket id. */
export async function readTicketsClocks(tx: Sql, ticketIds: readonly string[]): Promise<Map<string, TicketClocks>> {
  if (ticketIds.length === 0) return new Map();
  const found = await rows<{ id: string; enteredMs: number; createdMs: number; sla: TicketSlaJson }>(
    tx,
    sql`SELECT t.id, ${epochMs(sql`t."lastStatusChangeAt"`)} AS "enteredMs", ${epochMs(sql`t."createdAt"`)} AS "createdMs",
      ${ticketSlaJson("t")} AS sla
    FROM "Ticket" t WHERE t.id = ANY(${[...ticketIds]}::text[])`,
  );
  return new Map(
    found.map((row) => [
      row.id,
      {
        statusEnteredAt: new Date(row.enteredMs),
        slaRunningSince: slaRunningSince(toTicketSla(row.sla), new Date(row.createdMs)),
      },
    ]),
  );
}
