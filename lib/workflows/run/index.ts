// Running workflows (SPEC §5, DESIGN.md "Durable side effects"): the `run_workflow_step` job
// and the table of action handlers it dispatches to.
export { createRunWorkflowStepHandler, runWorkflowStepJob, type RunWorkflowStepOptions } from "./run-workflow-step-job";
export {
  RUN_WORKFLOW_STEP,
  stepEffectKey,
  stepJobKey,
  ZRunWorkflowStepPayload,
  type TRunWorkflowStepPayload,
} from "./step-payload";
export { actionHandlers } from "@/lib/workflows/action-types/handlers";
export { NONE_MET_BRANCH_KEY } from "./action-tree";
export type { ActionHandler, ActionHandlers, PreparedStep, StepContext, StepOutcome } from "./step-context";
export {
  TIME_TRIGGER_JOB,
  createTimeTriggerHandler,
  fireTimer,
  fireTimers,
  timeTriggerJob,
  type DueTimer,
} from "./time-trigger-job";
export { runFirstStepsInPlace } from "./first-steps-in-place";
