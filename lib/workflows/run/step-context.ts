// The shapes a workflow step and its action handlers share. An action handler does its work
// outside the database first (an email, a webhook: idempotent by the step's effect key), then
// returns `commit`, which runs in the step's transaction together with the timeline entry,
// the move to the next action and the job's completion.
import type { Cause } from "@/lib/automation";
import type { Sql } from "@/lib/db/sql";
import type { ClaimedJob, JobContext } from "@/lib/jobs";
import type { LoadedTicket } from "@/lib/tickets/ticket-snapshot";
import type { TAction, TActionType } from "@/lib/workflows/action-types/registry";
import type { ActionNode } from "./action-tree";
import type { StepState } from "./load-step";
import type { TRunWorkflowStepPayload } from "./step-payload";

export interface StepBase {
  job: ClaimedJob<TRunWorkflowStepPayload>;
  jobs: JobContext;
  state: StepState;
  /** The step's clock (injectable in tests): delays count from it, entries carry it. */
  now: Date;
  /** The ticket as locked and loaded in the step's transaction, unchanged since (a first step run
   *  in place by a burst of timers): the action's ticket change decides on it instead of loading it. */
  loadedTicket?: LoadedTicket;
}

export interface StepContext extends StepBase {
  node: ActionNode;
  /** Makes this action's effects outside the database happen once per enrolment. */
  effectKey: string;
  /** What the action's ticket changes are credited to; its depth feeds the loop guard. */
  cause: Extract<Cause, { kind: "rule" }>;
  /** The workflow's time zone, else the account's. */
  timeZone: string;
}

/** How an action ended, for the timeline: done (or sent), or skipped and why. */
export interface StepOutcome {
  result: "sent" | "done" | "skipped";
  summary: string;
  detail?: Record<string, unknown>;
}

/** What an action handler prepared: the step's writes and where the chain goes next. */
export interface PreparedStep {
  /** Writes in the step's transaction; returns the outcome the timeline records. */
  commit: (tx: Sql) => Promise<StepOutcome>;
  /** Set when the action has nothing of its own to write (`commit` only returns this): the
   *  step's rows and its job's completion are then one statement, without BEGIN/COMMIT. */
  outcome?: StepOutcome;
  /** Where the chain goes next: a branch path (else the following action), and when (else now). */
  next?: { branchKey?: string; runAt?: Date };
}

export type ActionOf<T extends TActionType> = Extract<TAction, { type: T }>;

export type ActionHandler<T extends TActionType> = (action: ActionOf<T>, step: StepContext) => Promise<PreparedStep>;

/** The table of action handlers: one per action type (CONTRIBUTING "Adding an action type"). */
export type ActionHandlers = { [T in TActionType]: ActionHandler<T> };

/** A prepared step with nothing left to write but its outcome. */
export function settled(outcome: StepOutcome, next?: PreparedStep["next"]): PreparedStep {
  return { commit: async () => outcome, outcome, next };
}

export function skipped(summary: string, detail?: Record<string, unknown>): PreparedStep {
  return settled({ result: "skipped", summary, detail });
}
