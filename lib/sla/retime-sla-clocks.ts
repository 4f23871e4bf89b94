// SPEC §9 / issue 17 item 5: when the account's business hours change, every SLA clock still
// running and counted in business hours comes due at a new time. Recomputed from the ticket's own
// targets and the clocks' starts (so a target changed on the pipeline since still applies to new
// tickets only), in the transaction that saves the calendar: one read, one set-based UPDATE.
// Clocks already met or stopped keep the due time they were judged against.
import "server-only";
import type { Tx } from "@/lib/db/tx";
import { epochMs, raw, sql } from "@/lib/db/sql";
import type { BusinessHours } from "@/lib/business-hours/week";
import { slaDueTimes } from "./sla-due-times";
import { ticketSlaJson, toTicketSla, type TicketSlaJson } from "./ticket-sla-columns";

interface RunningRow {
  id: string;
  createdAtMs: number;
  sla: TicketSlaJson;
  firstReplyDueSoonAtMs: number | null;
  firstReplyDueAtMs: number | null;
  closeDueSoonAtMs: number | null;
  closeDueAtMs: number | null;
}

const FIRST_REPLY_RUNNING = sql`(t."slaFirstReplyTarget" IS NOT NULL AND t."slaFirstReplyMetAt" IS NULL AND t."slaFirstReplyStoppedAt" IS NULL)`;
const CLOSE_RUNNING = sql`(t."slaCloseStartedAt" IS NOT NULL AND t."slaCloseMetAt" IS NULL)`;

/** Returns how many tickets were re-timed. */
export async function retimeSlaClocks(
  tx: Pick<Tx, "$queryRaw" | "$executeRaw">,
  calendar: BusinessHours,
): Promise<number> {
  const running = await tx.$queryRaw<RunningRow[]>(sql`
    SELECT t.id, ${epochMs(sql`t."createdAt"`)} AS "createdAtMs", ${ticketSlaJson("t")} AS sla,
      ${epochMs(sql`t."slaFirstReplyDueSoonAt"`)} AS "firstReplyDueSoonAtMs",
      ${epochMs(sql`t."slaFirstReplyDueAt"`)} AS "firstReplyDueAtMs",
      ${epochMs(sql`t."slaCloseDueSoonAt"`)} AS "closeDueSoonAtMs",
      ${epochMs(sql`t."slaCloseDueAt"`)} AS "closeDueAtMs"
    FROM "Ticket" t
    WHERE t."slaBusinessHours" AND (${FIRST_REPLY_RUNNING} OR ${CLOSE_RUNNING})`);
  if (running.length === 0) return 0;
  const iso = (value: Date | null) => value?.toISOString() ?? null;
  const kept = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const updates = running.map((row) => {
    const sla = toTicketSla(row.sla);
    const due = slaDueTimes(sla, new Date(row.createdAtMs), calendar);
    const firstRunning = sla.firstReplyMetAt === null && sla.firstReplyStoppedAt === null;
    const closeRunning = sla.closeStartedAt !== null && sla.closeMetAt === null;
    return {
      id: row.id,
      firstReplyDueSoonAt: firstRunning ? iso(due.firstReplyDueSoonAt) : kept(row.firstReplyDueSoonAtMs),
      firstReplyDueAt: firstRunning ? iso(due.firstReplyDueAt) : kept(row.firstReplyDueAtMs),
      closeDueSoonAt: closeRunning ? iso(due.closeDueSoonAt) : kept(row.closeDueSoonAtMs),
      closeDueAt: closeRunning ? iso(due.closeDueAt) : kept(row.closeDueAtMs),
    };
  });
  const at = (field: string) => sql`(${raw(`x."${field}"`)}::timestamptz AT TIME ZONE 'UTC')`;
  return tx.$executeRaw(sql`
    UPDATE "Ticket" t SET
      "slaFirstReplyDueSoonAt" = ${at("firstReplyDueSoonAt")},
      "slaFirstReplyDueAt" = ${at("firstReplyDueAt")},
      "slaCloseDueSoonAt" = ${at("closeDueSoonAt")},
      "slaCloseDueAt" = ${at("closeDueAt")}
    FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) AS x(id text, "firstReplyDueSoonAt" text,
      "firstReplyDueAt" text, "closeDueSoonAt" text, "closeDueAt" text)
    WHERE t.id = x.id`);
}
