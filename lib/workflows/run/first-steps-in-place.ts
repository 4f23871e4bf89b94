// A burst of timers (lib/time-trigger-batch.ts) runs the first action of each workflow it
// enrolled a ticket in inside its own transaction, where that is safe, instead of leaving it to
// a run_workflow_step job of its own (a claim, a transaction and a dozen round trips more per
// timer: issue 17 item 5, 10,000 timers due in one minute). Safe: an action whose preparation
// touches nothing outside that transaction — no email, no webhook, no read through another
// connection (an owner set to a user reads the user first; a team rotation locks its rotation
// row, which a step job takes before its ticket). The step runs exactly as its job would
// (plan-step.ts: same timeline entries, same next job or end), and its start job — queued beside
// the enrolment in this transaction — is completed in it (takeOwnJobs), so the action commits
// with the timer that caused it, or neither does. Any other first action is left to its job.
import "server-only";
import type { Sql } from "@/lib/db/sql";
import { takeOwnJobs, type JobContext } from "@/lib/jobs";
import { loadTickets } from "@/lib/tickets/ticket-snapshot";
import { startJobKey } from "@/lib/tickets/workflow-jobs";
import { actionHandlers } from "@/lib/workflows/action-types/handlers";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { firstAction } from "./action-tree";
import { loadSteps, type StepState } from "./load-step";
import { planStep } from "./plan-step";
import type { ActionHandlers, StepBase } from "./step-context";
import { gatheredRecords } from "./step-records";
import { ZRunWorkflowStepPayload } from "./step-payload";

export interface InPlaceContext {
  /** The batch's job context (its worker id becomes the start jobs' lockedBy). */
  jobs: Omit<JobContext, "complete" | "completeWith">;
  /** The batch's clock. */
  now: Date;
  handlers?: ActionHandlers;
}

/** Whether an action prepares without leaving the step's transaction. */
export function preparesInTransaction(action: TAction): boolean {
  switch (action.type) {
    case "set_property":
      return action.property !== "owner" || action.value === null;
    case "create_task":
    case "branch":
    case "delay":
      return true;
    default:
      return false;
  }
}

/** The state of a new enrolment is safe to step in place when the step ends it (turned off,
 *  no actions) or its first action prepares in the transaction. */
function steppableInPlace(state: StepState | undefined): state is StepState {
  if (!state || state.enrollment.state !== "ACTIVE") return false;
  const first = firstAction(state.tree);
  return !first || !state.workflow.enabled || preparesInTransaction(first.action);
}

/**
 * Runs in `tx` the first step of those of `enrollmentIds` (written earlier in `tx`) that are
 * safe to; returns how many ran. A step that throws throws here: the caller's transaction rolls
 * back whole (a timer batch then fires its timers one by one, leaving the steps to their jobs).
 */
export async function runFirstStepsInPlace(
  tx: Sql,
  enrollmentIds: readonly string[],
  ctx: InPlaceContext,
): Promise<number> {
  const states = await loadSteps(tx, enrollmentIds);
  const ready = enrollmentIds.flatMap((id) => {
    const state = states.get(id);
    return steppableInPlace(state) ? [state] : [];
  });
  const jobs = await takeOwnJobs(
    tx,
    ready.map((state) => startJobKey(state.enrollment.id)),
    ctx.jobs.workerId,
    ctx.now,
  );
  const byEnrollment = new Map(jobs.map((job) => [job.enrollmentId, job]));
  const handlers = ctx.handlers ?? actionHandlers;
  const jobContext: JobContext = {
    ...ctx.jobs,
    complete: async () => {
      throw new Error("a step run in place is completed with its timer");
    },
    completeWith: async () => {
      throw new Error("a step run in place is completed with its timer");
    },
  };
  // The tickets (locked by the timers' firing) as they are now, in one query; each serves the
  // first step on its ticket only (a second one decides on the ticket the first has changed).
  const tickets = await loadTickets(
    tx,
    ready.map((state) => state.ticket.id),
    { now: ctx.now, lock: false },
  );
  const records = gatheredRecords();
  let ran = 0;
  for (const state of ready) {
    const job = byEnrollment.get(state.enrollment.id);
    if (!job) continue;
    const loadedTicket = tickets.get(state.ticket.id);
    tickets.delete(state.ticket.id);
    const base: StepBase = {
      job: { ...job, payload: ZRunWorkflowStepPayload.parse(job.payload) },
      jobs: jobContext,
      state,
      now: ctx.now,
      loadedTicket,
    };
    const writes = await planStep(base, handlers, async (_step, error) => {
      throw error;
    });
    await writes.write(tx, records);
    ran++;
  }
  await records.flush(tx);
  return ran;
}
