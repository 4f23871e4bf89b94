// Job type "run_workflow_step": one action of one enrolment. The action's outside effects
// (email, webhook) happen first, idempotent by (enrolment, action); then one transaction
// writes its database effects, its timeline entry, the move to the next action (a job keyed
// by enrolment and action, at the delay's runAt) and the job's completion. A crash anywhere
// re-runs the step without doubling anything; the next step exists iff this one committed.
import "server-only";
import { defineJobHandler, wakeWorkers } from "@/lib/jobs";
import { actionHandlers } from "@/lib/workflows/action-types/handlers";
import { actionAfter, firstAction, firstInBranch, type ActionNode } from "./action-tree";
import { endEnrollment, lockActiveEnrollment, moveToAction } from "./enrollment-moves";
import { loadStep } from "./load-step";
import type { ActionHandlers, PreparedStep, StepBase, StepContext, StepOutcome } from "./step-context";
import { recordStepFailure } from "./step-failure";
import { checkAction, unenrollReason } from "./step-gates";
import { stepEffectKey, ZRunWorkflowStepPayload } from "./step-payload";
import { writeStepEntry, type StepEntryKind } from "./step-timeline";
import type { Sql } from "@/lib/db/sql";

export interface RunWorkflowStepOptions {
  /** The clock (tests); default the machine's. */
  now?: () => Date;
  handlers?: ActionHandlers;
}

const OUTCOME_KIND: Record<StepOutcome["result"], StepEntryKind> = {
  sent: "action_sent",
  done: "action_done",
  skipped: "action_skipped",
};

export function createRunWorkflowStepHandler(options: RunWorkflowStepOptions = {}) {
  const handlers = options.handlers ?? actionHandlers;
  return defineJobHandler({
    payload: ZRunWorkflowStepPayload,
    async execute(job, jobs) {
      const state = await loadStep(jobs.handle.sql, job.payload.enrollmentId);
      if (!state || state.enrollment.state !== "ACTIVE") return; // nothing left to do
      const base: StepBase = { job, jobs, state, now: options.now?.() ?? new Date() };
      const reason = unenrollReason(state);
      if (reason) return commitStep(base, (tx) => endWith(tx, base, "UNENROLLED", "workflow_unenrolled", reason));
      const node = job.payload.actionId === null ? firstAction(state.tree) : state.tree.byId.get(job.payload.actionId);
      if (!node) {
        const summary =
          job.payload.actionId === null
            ? "Workflow completed: it has no actions."
            : "Workflow completed: the action it was waiting for was deleted.";
        return commitStep(base, (tx) => endWith(tx, base, "COMPLETED", "workflow_completed", summary));
      }
      const step = stepContext(base, node);
      const prepared = await prepareAction(step, handlers).catch((error: unknown) => recordStepFailure(step, error));
      await commitStep(base, async (tx) => {
        const outcome = await prepared.commit(tx);
        await writeStepEntry(tx, base, {
          kind: OUTCOME_KIND[outcome.result],
          summary: outcome.summary,
          detail: outcome.detail,
          action: { id: node.id, type: node.action.type },
        });
        await goOn(tx, step, prepared);
      });
    },
  });
}

function stepContext(base: StepBase, node: ActionNode): StepContext {
  const { payload } = base.job;
  return {
    ...base,
    node,
    effectKey: stepEffectKey(payload.enrollmentId, node.id),
    cause: {
      kind: "rule",
      ruleName: base.state.workflow.name,
      eventId: payload.causeEventId ?? undefined,
      depth: payload.depth,
    },
    timeZone: base.state.workflow.timeZone ?? base.state.account.timeZone,
  };
}

async function prepareAction(step: StepContext, handlers: ActionHandlers): Promise<PreparedStep> {
  const check = checkAction(step.node.action, step.state);
  if (!check.ok) {
    const { reason, detail } = check;
    return { commit: async () => ({ result: "skipped", summary: reason, detail }) };
  }
  const { action } = check;
  const handler = handlers[action.type] as (a: typeof action, s: StepContext) => Promise<PreparedStep>;
  return handler(action, step);
}

/** The following action (the chosen branch path first), at the prepared step's runAt; or the end. */
async function goOn(tx: Sql, step: StepContext, prepared: PreparedStep): Promise<void> {
  const { tree } = step.state;
  const branchKey = prepared.next?.branchKey;
  const next =
    (branchKey === undefined ? null : firstInBranch(tree, step.node.id, branchKey)) ?? actionAfter(tree, step.node);
  if (next) return moveToAction(tx, step, next, prepared.next?.runAt ?? step.now);
  await endWith(tx, step, "COMPLETED", "workflow_completed", `Workflow "${step.state.workflow.name}" completed.`);
}

async function endWith(
  tx: Sql,
  step: StepBase,
  state: "COMPLETED" | "UNENROLLED",
  kind: StepEntryKind,
  summary: string,
) {
  await endEnrollment(tx, step, state);
  await writeStepEntry(tx, step, { kind, summary });
}

/** One transaction: the enrolment still ACTIVE (locked), the step's writes, the job's completion. */
async function commitStep(step: StepBase, write: (tx: Sql) => Promise<void>): Promise<void> {
  const { jobs } = step;
  await jobs.handle.transaction(async (tx) => {
    if (await lockActiveEnrollment(tx, step.job.payload.enrollmentId)) await write(tx);
    await jobs.complete(tx);
  });
  wakeWorkers(); // the next step (or a workflow the action enrolled the ticket in) may be due now
}

export const runWorkflowStepJob = createRunWorkflowStepHandler();
