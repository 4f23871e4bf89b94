// Job type "run_workflow_step": one action of one enrolment. The action's outside effects
// (email, webhook) happen first, idempotent by (enrolment, action); then one transaction
// writes its database effects, its timeline entry, the move to the next action (a job keyed
// by enrolment and action, at the delay's runAt) and the job's completion. A crash anywhere
// re-runs the step without doubling anything; the next step exists iff this one committed.
// An action with nothing of its own to write (an email, a webhook, a delay, a branch, a skip)
// commits in ONE statement: the enrolment locked and still ACTIVE, the rows, the completion.
import "server-only";
import { defineJobHandler, wakeWorkers } from "@/lib/jobs";
import { actionHandlers } from "@/lib/workflows/action-types/handlers";
import { sql } from "@/lib/db/sql";
import { activeEnrollmentPart, lockActiveEnrollment } from "./enrollment-moves";
import { loadStep } from "./load-step";
import { planStep, type StepWrites } from "./plan-step";
import type { ActionHandlers, StepBase } from "./step-context";
import { recordStepFailure } from "./step-failure";
import { gatheredRecords } from "./step-records";
import { ZRunWorkflowStepPayload } from "./step-payload";

export interface RunWorkflowStepOptions {
  /** The clock (tests); default the machine's. */
  now?: () => Date;
  handlers?: ActionHandlers;
}

export function createRunWorkflowStepHandler(options: RunWorkflowStepOptions = {}) {
  const handlers = options.handlers ?? actionHandlers;
  return defineJobHandler({
    payload: ZRunWorkflowStepPayload,
    async execute(job, jobs) {
      const state = await loadStep(jobs.handle.sql, job.payload);
      if (!state || state.enrollment.state !== "ACTIVE") return; // nothing left to do
      const base: StepBase = { job, jobs, state, now: options.now?.() ?? new Date() };
      await commitStep(base, await planStep(base, handlers, recordStepFailure));
    },
  });
}

/** One transaction: the enrolment still ACTIVE (locked), the step's writes, the job's completion.
 *  Without writes of the action's own, that is one statement (the lock one of its parts); else
 *  BEGIN, the lock, the action's writes, the step's rows with the completion, COMMIT. */
async function commitStep(step: StepBase, writes: StepWrites): Promise<void> {
  const { jobs } = step;
  const { enrollmentId } = step.job.payload;
  const records = gatheredRecords();
  if (!writes.ownWrites) {
    await writes.write(jobs.handle.sql, records); // gathers the rows: no statement runs
    const lock = activeEnrollmentPart(enrollmentId);
    await jobs.completeWith(jobs.handle.sql, (held) => [lock.part, ...records.parts(sql`${held} AND ${lock.active}`)]);
  } else {
    await jobs.handle.transaction(async (tx) => {
      if (await lockActiveEnrollment(tx, enrollmentId)) await writes.write(tx, records);
      await jobs.completeWith(tx, (held) => records.parts(held));
    });
  }
  // The next step (or a workflow the action enrolled the ticket in) may be due now; a person's
  // chain's next step keeps its priority (enrollment-moves.ts), so the lane looks for it.
  wakeWorkers({ personWaiting: step.job.priority > 0 });
}

export const runWorkflowStepJob = createRunWorkflowStepHandler();
