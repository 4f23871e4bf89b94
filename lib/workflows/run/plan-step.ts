// One workflow step decided (SPEC §5): from its loaded state, what its transaction writes — the
// enrolment's end when the workflow was turned off or the ticket left its status, else the
// action's own writes (its outside effects done first by its handler), its timeline entry and
// the move to the next action or the workflow's end. Shared by the step's job and by a burst of
// timers that runs its enrolments' first actions in place (first-steps-in-place.ts).
import "server-only";
import type { Sql } from "@/lib/db/sql";
import { actionAfter, firstAction, firstInBranch, type ActionNode } from "./action-tree";
import {
  skipped,
  type ActionHandlers,
  type PreparedStep,
  type StepBase,
  type StepContext,
  type StepOutcome,
} from "./step-context";
import { checkAction, unenrollReason } from "./step-gates";
import { stepEffectKey } from "./step-payload";
import type { StepRecords } from "./step-records";
import type { StepEntryKind } from "./step-timeline";

const OUTCOME_KIND: Record<StepOutcome["result"], StepEntryKind> = {
  sent: "action_sent",
  done: "action_done",
  skipped: "action_skipped",
};

/** The step's writes, for its transaction (the enrolment locked and still ACTIVE): the action's
 *  own in `tx`, the step's timeline entries and its enrolment's move through `records`.
 *  `ownWrites` false: `write` runs no statement (the action has nothing of its own to write). */
export interface StepWrites {
  ownWrites: boolean;
  write: (tx: Sql, records: StepRecords) => Promise<void>;
}

/** The action this step runs (null: the workflow ends here), as the job's payload names it. */
export function stepNode(base: StepBase): ActionNode | null | undefined {
  const { actionId } = base.job.payload;
  return actionId === null ? firstAction(base.state.tree) : base.state.tree.byId.get(actionId);
}

/**
 * Decides the step. `onPrepareError` handles an action handler that threw (the job records the
 * failure on the timeline and rethrows for the queue's retry).
 */
export async function planStep(
  base: StepBase,
  handlers: ActionHandlers,
  onPrepareError: (step: StepContext, error: unknown) => Promise<PreparedStep>,
): Promise<StepWrites> {
  const reason = unenrollReason(base.state);
  if (reason)
    return {
      ownWrites: false,
      write: (_tx, records) => endWith(records, base, "UNENROLLED", "workflow_unenrolled", reason),
    };
  const node = stepNode(base);
  if (!node) {
    const summary =
      base.job.payload.actionId === null
        ? "Workflow completed: it has no actions."
        : "Workflow completed: the action it was waiting for was deleted.";
    return {
      ownWrites: false,
      write: (_tx, records) => endWith(records, base, "COMPLETED", "workflow_completed", summary),
    };
  }
  const step = stepContext(base, node);
  const prepared = await prepareAction(step, handlers).catch((error: unknown) => onPrepareError(step, error));
  const write = async (tx: Sql, records: StepRecords) => {
    const outcome = prepared.outcome ?? (await prepared.commit(tx));
    await records.entry(base, {
      kind: OUTCOME_KIND[outcome.result],
      summary: outcome.summary,
      detail: outcome.detail,
      action: { id: node.id, type: node.action.type },
    });
    await goOn(records, step, prepared);
  };
  return { ownWrites: prepared.outcome === undefined, write };
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
    return skipped(check.reason, check.detail);
  }
  const { action } = check;
  const handler = handlers[action.type] as (a: typeof action, s: StepContext) => Promise<PreparedStep>;
  return handler(action, step);
}

/** The following action (the chosen branch path first), at the prepared step's runAt; or the end. */
async function goOn(records: StepRecords, step: StepContext, prepared: PreparedStep): Promise<void> {
  const { tree } = step.state;
  const branchKey = prepared.next?.branchKey;
  const next =
    (branchKey === undefined ? null : firstInBranch(tree, step.node.id, branchKey)) ?? actionAfter(tree, step.node);
  if (next) return records.move(step, next, prepared.next?.runAt ?? step.now);
  await endWith(records, step, "COMPLETED", "workflow_completed", `Workflow "${step.state.workflow.name}" completed.`);
}

async function endWith(
  records: StepRecords,
  step: StepBase,
  state: "COMPLETED" | "UNENROLLED",
  kind: StepEntryKind,
  summary: string,
) {
  await records.end(step, state);
  await records.entry(step, { kind, summary });
}
