// SPEC §9: an "SLA … is due soon / overdue" workflow's timers when its trigger is saved: every
// ticket of its pipeline whose target's clock runs gets the timer of that clock (the ticket's own
// due time, counted as the ticket's SLA counts it); a clock whose timer was pending keeps its
// occurrence; one already past due soon / due before the trigger existed is not enrolled (no
// backfill). resetWorkflowTimers cancels the rest.
import "server-only";
import type { SlaTargetName, TimerStart } from "@/lib/automation";
import type { Tx } from "@/lib/db/tx";
import { readBusinessHours } from "@/lib/business-hours/queries";
import { epochMs, sql } from "@/lib/db/sql";
import { ticketSlaJson, toTicketSla, type TicketSlaJson } from "@/lib/sla/ticket-sla-columns";
import { slaTimerStarts } from "@/lib/tickets/sla-timer-writes";
import { timerDedupeKey, type PlannedTimer } from "@/lib/tickets/timer-writes";

export interface SlaWorkflow {
  workflowId: string;
  name: string;
  pipelineId: string;
  trigger: "SLA_DUE_SOON" | "SLA_OVERDUE";
  slaTarget: SlaTargetName;
}

const RUNNING: Record<SlaTargetName, ReturnType<typeof sql>> = {
  firstReply: sql`t."slaFirstReplyTarget" IS NOT NULL AND t."slaFirstReplyMetAt" IS NULL AND t."slaFirstReplyStoppedAt" IS NULL`,
  close: sql`t."slaCloseTarget" IS NOT NULL AND t."slaCloseStartedAt" IS NOT NULL AND t."slaCloseMetAt" IS NULL`,
};

export async function planSlaWorkflowTimers(
  tx: Tx,
  workflow: SlaWorkflow,
  pending: ReadonlySet<string>,
  now: Date,
): Promise<PlannedTimer[]> {
  const tickets = await tx.$queryRaw<{ id: string; createdMs: number; sla: TicketSlaJson }[]>(sql`
    SELECT t.id, ${epochMs(sql`t."createdAt"`)} AS "createdMs", ${ticketSlaJson("t")} AS sla
    FROM "Ticket" t WHERE t."pipelineId" = ${workflow.pipelineId} AND ${RUNNING[workflow.slaTarget]}`);
  if (tickets.length === 0) return [];
  const calendar = await readBusinessHours(tx);
  const only = { timeWorkflows: [{ ...workflow, enabled: true }] };
  return tickets.flatMap((row): PlannedTimer[] => {
    const ticket = { sla: toTicketSla(row.sla), createdAt: new Date(row.createdMs) };
    return slaTimerStarts(only, null, ticket, calendar).flatMap((start) => {
      if (start.type !== "start_timer" || start.slaTarget !== workflow.slaTarget || !start.dueAt) return [];
      const timer: TimerStart = start;
      const promised = pending.has(timerDedupeKey(row.id, timer));
      if (start.dueAt < now && !promised) return [];
      return [{ ticketId: row.id, start: timer, runAt: start.dueAt < now ? now : start.dueAt }];
    });
  });
}
