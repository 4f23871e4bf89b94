// Moving an enrolment along, inside the step's transaction: to its next action (a job queued
// at the action's runAt, keyed so it exists once), or to its end (COMPLETED, UNENROLLED, FAILED).
import "server-only";
import { rows, sql, utc, type Sql } from "@/lib/db/sql";
import { enqueueJob } from "@/lib/jobs";
import type { ActionNode } from "./action-tree";
import type { StepBase } from "./step-context";
import { RUN_WORKFLOW_STEP, stepJobKey, type TRunWorkflowStepPayload } from "./step-payload";

/** Locks the enrolment for the step's transaction; false when it is no longer ACTIVE. */
export async function lockActiveEnrollment(tx: Sql, enrollmentId: string): Promise<boolean> {
  const [row] = await rows<{ state: string }>(
    tx,
    sql`
    SELECT state FROM "WorkflowEnrollment" WHERE id = ${enrollmentId} FOR UPDATE`,
  );
  return row?.state === "ACTIVE";
}

export async function moveToAction(tx: Sql, step: StepBase, next: ActionNode, runAt: Date): Promise<void> {
  const { payload } = step.job;
  await rows(
    tx,
    sql`
    UPDATE "WorkflowEnrollment" SET "currentActionId" = ${next.id}, "nextRunAt" = ${utc(runAt)}, "updatedAt" = ${utc(step.now)}
    WHERE id = ${payload.enrollmentId} RETURNING id`,
  );
  const nextPayload: TRunWorkflowStepPayload = { ...payload, actionId: next.id };
  await enqueueJob(tx, {
    type: RUN_WORKFLOW_STEP,
    payload: nextPayload,
    runAt,
    dedupeKey: stepJobKey(payload.enrollmentId, next.id),
    ticketId: payload.ticketId,
    enrollmentId: payload.enrollmentId,
    causeEventId: payload.causeEventId ?? undefined,
  });
}

export type EndState = "COMPLETED" | "UNENROLLED" | "FAILED";

export async function endEnrollment(tx: Sql, step: StepBase, state: EndState): Promise<void> {
  await rows(
    tx,
    sql`
    UPDATE "WorkflowEnrollment"
    SET state = ${state}::"EnrollmentState", "currentActionId" = NULL, "nextRunAt" = NULL, "updatedAt" = ${utc(step.now)}
    WHERE id = ${step.job.payload.enrollmentId} RETURNING id`,
  );
}
