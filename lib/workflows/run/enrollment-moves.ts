// Moving an enrolment along, as parts of the step's write statement: to its next action (a job
// queued at the action's runAt, keyed so it exists once), or to its end (COMPLETED, UNENROLLED,
// FAILED); one step's or many's (steps run in place by a burst of timers). Each part takes an
// optional condition (`onlyIf`: the enrolment still ACTIVE and locked, the job's lease held):
// nothing is written unless it holds.
import "server-only";
import { raw, rows, sql, type Sql, type SqlFragment } from "@/lib/db/sql";
import type { WritePart } from "@/lib/db/write-batch";
import type { EnqueueJobInput } from "@/lib/jobs";
import { jobsPart } from "@/lib/jobs/enqueue";
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

const LOCKED_PART = "enrollment_locked";

/** lockActiveEnrollment as the first part of the step's write statement: `active` is the
 *  condition for its other parts (the enrolment locked, and still ACTIVE once locked). */
export function activeEnrollmentPart(enrollmentId: string): { part: WritePart; active: SqlFragment } {
  return {
    part: {
      name: LOCKED_PART,
      statement: sql`SELECT id FROM "WorkflowEnrollment" WHERE id = ${enrollmentId} AND state = 'ACTIVE' FOR UPDATE`,
    },
    active: sql`EXISTS (SELECT 1 FROM ${raw(`"${LOCKED_PART}"`)})`,
  };
}

export interface EnrollmentMove {
  step: StepBase;
  next: ActionNode;
  runAt: Date;
}

/** The next action's job. A chain a person waits on (their own change started it) keeps its
 *  priority while its steps follow at once; a step after a delay is scheduled work, priority 0. */
function nextStepJob({ step, next, runAt }: EnrollmentMove): EnqueueJobInput {
  const { payload } = step.job;
  const nextPayload: TRunWorkflowStepPayload = { ...payload, actionId: next.id };
  return {
    type: RUN_WORKFLOW_STEP,
    payload: nextPayload,
    runAt,
    priority: runAt.getTime() <= step.now.getTime() ? step.job.priority : 0,
    dedupeKey: stepJobKey(payload.enrollmentId, next.id),
    ticketId: payload.ticketId,
    enrollmentId: payload.enrollmentId,
    causeEventId: payload.causeEventId ?? undefined,
  };
}

/** The enrolments' rows moved to their next actions, in one statement. */
function movesStatement(moves: readonly EnrollmentMove[], onlyIf: SqlFragment): SqlFragment {
  const json = JSON.stringify(
    moves.map(({ step, next, runAt }) => ({
      id: step.job.payload.enrollmentId,
      actionId: next.id,
      runAt: runAt.toISOString(),
      now: step.now.toISOString(),
    })),
  );
  return sql`
    UPDATE "WorkflowEnrollment" e SET "currentActionId" = x."actionId", "nextRunAt" = x."runAt" AT TIME ZONE 'UTC',
      "updatedAt" = x.now AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${json}::jsonb) AS x(id text, "actionId" text, "runAt" timestamptz, now timestamptz)
    WHERE e.id = x.id AND ${byIndex(moves)} AND ${onlyIf} RETURNING 1`;
}

/**
 * The enrolments' ids as an array condition too, so the rows are found through the primary key:
 * the planner guesses 100 rows for jsonb_to_recordset and, joining on it alone, read the whole
 * table below a few ten thousand enrolments (a hash join over a sequential scan, in every step).
 */
function byIndex(steps: readonly { step: StepBase }[]): SqlFragment {
  return sql`e.id = ANY(${steps.map(({ step }) => step.job.payload.enrollmentId)}::text[])`;
}

/** The enrolments moved to their next actions, as write parts (the enrolments' rows, the next jobs). */
export function movesParts(moves: readonly EnrollmentMove[], onlyIf: SqlFragment = sql`true`): WritePart[] {
  if (moves.length === 0) return [];
  return [
    { name: "enrollment_moves", statement: movesStatement(moves, onlyIf) },
    jobsPart("next_step_jobs", moves.map(nextStepJob), onlyIf),
  ];
}

export type EndState = "COMPLETED" | "UNENROLLED" | "FAILED";

type EnrollmentEnd = { step: StepBase; state: EndState };

/** The enrolments ended, as one write part. */
export function endsPart(ends: readonly EnrollmentEnd[], onlyIf: SqlFragment = sql`true`): WritePart[] {
  if (ends.length === 0) return [];
  const json = JSON.stringify(
    ends.map(({ step, state }) => ({ id: step.job.payload.enrollmentId, state, now: step.now.toISOString() })),
  );
  const statement = sql`
    UPDATE "WorkflowEnrollment" e SET state = x.state::"EnrollmentState", "currentActionId" = NULL, "nextRunAt" = NULL,
      "updatedAt" = x.now AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${json}::jsonb) AS x(id text, state text, now timestamptz)
    WHERE e.id = x.id AND ${byIndex(ends)} AND ${onlyIf} RETURNING 1`;
  return [{ name: "enrollment_ends", statement }];
}
