// SPEC §9: a time-triggered workflow's timers follow its trigger. Saved (or restored) in the
// editor's transaction: every ticket now in its status gets a timer for its current stay, due
// its wait after it entered (counted in business hours or not); a stay whose timer was pending
// keeps its occurrence at the new due time (now, if that is past); a stay that had already
// passed the wait before the trigger existed is not enrolled (no backfill). Timers of stays the
// trigger no longer covers, or of a workflow turned off, are cancelled. An SLA trigger's timers
// follow the tickets' running clocks (sla-workflow-timers.ts).
import "server-only";
import type { Tx } from "@/lib/db/tx";
import type { TimerStart } from "@/lib/automation";
import { readBusinessHours } from "@/lib/business-hours/queries";
import {
  cancelWorkflowTimers,
  pendingTimerKeys,
  timerDedupeKey,
  timerDueAt,
  upsertTimers,
  type PlannedTimer,
} from "@/lib/tickets/timer-writes";
import { parseTimeTrigger } from "../time-trigger-schema";
import { planSlaWorkflowTimers } from "./sla-workflow-timers";

export async function resetWorkflowTimers(tx: Tx, workflowId: string, now = new Date()): Promise<number> {
  const workflow = await tx.workflow.findUnique({
    where: { id: workflowId },
    select: { name: true, kind: true, enabled: true, trigger: true, timeTrigger: true, pipelineId: true },
  });
  const planned: PlannedTimer[] = [];
  const custom = workflow?.kind === "CUSTOM" && workflow.enabled;
  if (custom && workflow.pipelineId && (workflow.trigger === "SLA_DUE_SOON" || workflow.trigger === "SLA_OVERDUE")) {
    const slaTarget = parseTimeTrigger(workflow.trigger, workflow.timeTrigger).slaTarget;
    if (slaTarget) {
      const sla = {
        workflowId,
        name: workflow.name,
        pipelineId: workflow.pipelineId,
        trigger: workflow.trigger,
        slaTarget,
      };
      planned.push(...(await planSlaWorkflowTimers(tx, sla, await pendingTimerKeys(tx, workflowId), now)));
    }
  }
  if (workflow && workflow.kind === "CUSTOM" && workflow.enabled && workflow.trigger === "STATUS_DURATION") {
    const trigger = parseTimeTrigger(workflow.trigger, workflow.timeTrigger);
    if (trigger.statusId && trigger.afterMs !== null) {
      const hours = trigger.businessHours ? await readBusinessHours(tx) : null;
      const pending = await pendingTimerKeys(tx, workflowId);
      const tickets = await tx.ticket.findMany({
        where: { statusId: trigger.statusId },
        select: { id: true, lastStatusChangeAt: true },
      });
      for (const ticket of tickets) {
        const start: TimerStart = {
          workflowId,
          workflowName: workflow.name,
          trigger: "STATUS_DURATION",
          statusId: trigger.statusId,
          slaTarget: null,
          startedAt: ticket.lastStatusChangeAt,
          afterMs: trigger.afterMs,
          businessHours: trigger.businessHours,
          dueAt: null,
        };
        const due = timerDueAt(start, hours);
        if (!due) continue;
        const promised = pending.has(timerDedupeKey(ticket.id, start));
        if (due < now && !promised) continue;
        planned.push({ ticketId: ticket.id, start, runAt: due < now ? now : due });
      }
    }
  }
  const keep = planned.map((p) => timerDedupeKey(p.ticketId, p.start));
  await cancelWorkflowTimers(tx, workflowId, keep, "the workflow's trigger changed", now);
  await upsertTimers(tx, planned, now);
  return planned.length;
}
