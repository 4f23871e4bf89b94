// Enrolled tickets (issue 6 §5): where each current enrolment is in the chain and when it next
// runs; unenrolling by hand ends it and cancels its pending step job in the same transaction.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePlan } from "@/lib/account/current-plan";
import type { ChangeActor } from "@/lib/history/record-change";
import { describeAction } from "@/lib/workflows/action-types/registry";
import { readActionNames } from "@/lib/workflows/action-names";
import type { TUnenrollTicket } from "./schemas";
import { newId } from "@/lib/db/ids";

export async function listEnrollments(workflowId: string) {
  const rows = await db.workflowEnrollment.findMany({
    where: { workflowId, state: "ACTIVE" },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      createdAt: true,
      nextRunAt: true,
      currentActionId: true,
      ticket: { select: { id: true, subject: true } },
    },
  });
  const [actions, names] = await Promise.all([
    db.workflowAction.findMany({
      where: { id: { in: rows.flatMap((r) => r.currentActionId ?? []) } },
      select: { id: true, type: true, config: true },
    }),
    readActionNames(),
  ]);
  const textOf = new Map(actions.map((a) => [a.id, describeAction(a.type, a.config, names)]));
  return rows.map(({ currentActionId, ...r }) => ({
    ...r,
    currentAction: currentActionId ? (textOf.get(currentActionId) ?? "A deleted action") : "Starting",
  }));
}
export type EnrollmentRow = Awaited<ReturnType<typeof listEnrollments>>[number];

export async function unenrollTicket({ enrollmentId }: TUnenrollTicket, actor: ChangeActor) {
  return db.$transaction(async (tx) => {
    await requirePlan("workflowEditor", tx);
    const { count } = await tx.workflowEnrollment.updateMany({
      where: { id: enrollmentId, state: "ACTIVE" },
      data: { state: "UNENROLLED", nextRunAt: null },
    });
    if (count === 0) throw new AppError("CONFLICT", "This ticket is no longer enrolled — reload to see the latest.");
    const cancelled = await tx.job.updateMany({
      where: { enrollmentId, state: "PENDING" },
      data: { state: "CANCELLED", lastError: `Unenrolled by ${actor.name}` },
    });
    const enrollment = await tx.workflowEnrollment.findUniqueOrThrow({
      where: { id: enrollmentId },
      select: { ticketId: true, workflow: { select: { name: true } } },
    });
    await tx.timelineEntry.create({
      data: {
        id: newId(),
        ticketId: enrollment.ticketId,
        kind: "workflow_unenrolled",
        actorUserId: actor.id,
        summary: `${actor.name} unenrolled this ticket from "${enrollment.workflow.name}"`,
        detail: { enrollmentId, by: actor.id, cancelledJobs: cancelled.count },
      },
    });
    return { enrollmentId, cancelledJobs: cancelled.count };
  });
}
