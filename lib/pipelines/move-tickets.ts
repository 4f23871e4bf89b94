// Moves every ticket in some statuses to one status (of this or another pipeline) when an admin
// deletes a status or a pipeline. The engine decides each move and its timeline entry
// (lib/automation/statuses-removed.ts); this reads the tickets and writes the moves in the
// caller's transaction. Each ticket's version is bumped, so open forms see a conflict rather
// than a silent overwrite.
import "server-only";
import { relocateFromRemovedStatuses, type StatusesRemoved } from "@/lib/automation";
import { newId } from "@/lib/db/ids";
import type { Tx } from "@/lib/db/tx";
import { resetWorkflowTimers } from "@/lib/workflows/editor/workflow-timers";

/** Returns how many tickets moved. */
export async function moveTickets(tx: Tx, happening: Omit<StatusesRemoved, "kind">): Promise<number> {
  const fromStatusIds = happening.from.map((s) => s.id);
  if (fromStatusIds.length === 0) return 0;
  const tickets = await tx.$queryRaw<{ id: string; pipelineId: string; statusId: string }[]>`
    SELECT id, "pipelineId", "statusId" FROM "Ticket" WHERE "statusId" = ANY(${fromStatusIds}::text[])
    ORDER BY "createdAt", id FOR UPDATE`;
  const moves = relocateFromRemovedStatuses(tickets, { kind: "statuses_removed", ...happening });
  if (moves.length === 0) return 0;
  const column = <T>(pick: (move: (typeof moves)[number]) => T) => moves.map(pick);
  await tx.$executeRaw`
    INSERT INTO "TimelineEntry" ("id", "ticketId", "kind", "summary", "detail", "actorUserId", "ruleName", "eventId", "depth")
    SELECT m.id, m."ticketId", m.kind, m.summary, m.detail::jsonb, m."actorUserId", m."ruleName", m."eventId", m.depth
    FROM unnest(
      ${column(() => newId())}::text[], ${column((m) => m.ticketId)}::text[], ${column((m) => m.timeline.kind)}::text[],
      ${column((m) => m.timeline.summary)}::text[], ${column((m) => JSON.stringify(m.timeline.detail))}::text[],
      ${column((m) => m.timeline.actorUserId)}::text[], ${column((m) => m.timeline.ruleName)}::text[],
      ${column((m) => m.timeline.eventId)}::text[], ${column((m) => m.timeline.depth)}::int[]
    ) AS m(id, "ticketId", kind, summary, detail, "actorUserId", "ruleName", "eventId", depth)`;
  // Their stays in the removed statuses are over: those "in status for D" timers never fire.
  await tx.$executeRaw`
    UPDATE "Job" SET state = 'CANCELLED', "lastError" = 'the ticket left the status', "updatedAt" = now()
    WHERE "ticketId" = ANY(${column((m) => m.ticketId)}::text[]) AND type = 'time_trigger' AND state = 'PENDING'
      AND payload->>'trigger' = 'STATUS_DURATION'`;
  const moved = await tx.$executeRaw`
    UPDATE "Ticket" t SET "pipelineId" = m."pipelineId", "statusId" = m."statusId",
           "version" = t."version" + 1, "lastStatusChangeAt" = now(), "updatedAt" = now()
    FROM unnest(${column((m) => m.ticketId)}::text[], ${column((m) => m.pipelineId)}::text[],
                ${column((m) => m.statusId)}::text[]) AS m(id, "pipelineId", "statusId")
    WHERE t.id = m.id`;
  // Tickets that changed pipeline leave its "SLA … due soon / overdue" workflows: those timers
  // never fire for them (their own clocks keep running, and the destination's workflows time them below).
  const pipelineOf = new Map(tickets.map((t) => [t.id, t.pipelineId]));
  const changedPipeline = moves.filter((m) => m.pipelineId !== pipelineOf.get(m.ticketId));
  if (changedPipeline.length > 0) {
    await tx.$executeRaw`
      UPDATE "Job" SET state = 'CANCELLED', "lastError" = 'the ticket left the pipeline', "updatedAt" = now()
      WHERE "ticketId" = ANY(${changedPipeline.map((m) => m.ticketId)}::text[]) AND type = 'time_trigger'
        AND state = 'PENDING' AND payload->>'trigger' IN ('SLA_DUE_SOON', 'SLA_OVERDUE')`;
  }
  // Their stays in the destination status start now (SPEC §9: timers follow the status and the
  // pipeline): its "in status for D" workflows, and the destination pipeline's SLA workflows for
  // tickets that arrive from another pipeline, time them by the editor's own path, which keeps the
  // pending timers of tickets already there.
  const timed = await tx.workflow.findMany({
    where: {
      kind: "CUSTOM",
      enabled: true,
      OR: [
        { trigger: "STATUS_DURATION", timeTrigger: { path: ["statusId"], equals: happening.to.statusId } },
        ...(changedPipeline.length > 0
          ? [
              {
                pipelineId: happening.to.pipelineId,
                trigger: { in: ["SLA_DUE_SOON" as const, "SLA_OVERDUE" as const] },
              },
            ]
          : []),
      ],
    },
    select: { id: true },
  });
  for (const workflow of timed) await resetWorkflowTimers(tx, workflow.id);
  return moved;
}

/** Tickets and channels that point at these statuses: what must go somewhere before they go. */
export async function statusUsage(tx: Tx, statusIds: string[]) {
  const [tickets, channels] = await Promise.all([
    tx.ticket.count({ where: { statusId: { in: statusIds } } }),
    tx.channel.count({ where: { statusId: { in: statusIds } } }),
  ]);
  return { tickets, channels };
}
