// apply(), part two: every enrolment starts its workflow through a job written in the same
// transaction (the transactional outbox); the worker runs the chain from its first action.
import "server-only";
import type { WritePart } from "@/lib/db/write-batch";
import { jobsPart, PERSON_WAITING } from "@/lib/jobs/enqueue";

/** A ticket's enrolment in a workflow, written with the change that caused it. */
export interface Enrollment {
  id: string;
  workflowId: string;
  /** The depth the workflow's actions run at (loop guard). */
  depth: number;
  /** A time trigger's occurrence (one enrolment each), else null. */
  occurrenceKey?: string | null;
}

export const RUN_WORKFLOW_STEP = "run_workflow_step";

/** The payload of a `run_workflow_step` job. `actionId` null: start at the chain's first action. */
export interface RunWorkflowStepPayload {
  enrollmentId: string;
  workflowId: string;
  ticketId: string;
  actionId: string | null;
  /** Cause.depth for whatever the actions change (loop guard). */
  depth: number;
  causeEventId: string | null;
}

/** The dedupe key of the job that starts an enrolment's workflow (its first action). */
export const startJobKey = (enrollmentId: string) => `${RUN_WORKFLOW_STEP}:${enrollmentId}:start`;

export interface WorkflowStart {
  ticketId: string;
  enrollment: Enrollment;
  causeEventId: string | null;
  /** A person's own change started it (in the app or through the API): they wait on its effects. */
  personWaiting?: boolean;
}

export function workflowStarts(
  ticketId: string,
  enrollments: readonly Enrollment[],
  causeEventId: string | null,
  personWaiting = false,
): WorkflowStart[] {
  return enrollments.map((enrollment) => ({ ticketId, enrollment, causeEventId, personWaiting }));
}

/** The jobs that start the enrolments' workflows, as one part of the change's write statement. */
export function workflowStartParts(starts: readonly WorkflowStart[]): WritePart[] {
  if (starts.length === 0) return [];
  return [
    jobsPart(
      "workflow_start_jobs",
      starts.map(({ ticketId, enrollment, causeEventId, personWaiting }) => {
        const payload: RunWorkflowStepPayload = {
          enrollmentId: enrollment.id,
          workflowId: enrollment.workflowId,
          ticketId,
          actionId: null,
          depth: enrollment.depth,
          causeEventId,
        };
        return {
          type: RUN_WORKFLOW_STEP,
          payload,
          dedupeKey: startJobKey(enrollment.id),
          ticketId,
          enrollmentId: enrollment.id,
          causeEventId: causeEventId ?? undefined,
          priority: personWaiting ? PERSON_WAITING : 0,
        };
      }),
    ),
  ];
}
