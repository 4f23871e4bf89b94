// The `run_workflow_step` job (lib/tickets/workflow-jobs.ts writes the first one of each
// enrolment): its payload schema and the dedupe key that lets each action of an enrolment be
// queued once, however often the step before it runs.
import { z } from "zod";
import { RUN_WORKFLOW_STEP, type RunWorkflowStepPayload } from "@/lib/tickets/workflow-jobs";

export { RUN_WORKFLOW_STEP };

export const ZRunWorkflowStepPayload = z.object({
  enrollmentId: z.string().min(1),
  workflowId: z.string().min(1),
  ticketId: z.string().min(1),
  actionId: z.string().min(1).nullable(),
  depth: z.number().int().min(0),
  causeEventId: z.string().nullable(),
}) satisfies z.ZodType<RunWorkflowStepPayload>;

export type TRunWorkflowStepPayload = z.infer<typeof ZRunWorkflowStepPayload>;

/** One job per (enrolment, action), attempt-independent: a re-run step cannot queue its successor twice. */
export function stepJobKey(enrollmentId: string, actionId: string): string {
  return `${RUN_WORKFLOW_STEP}:${enrollmentId}:${actionId}`;
}

/** The key of an action's effects outside the database (emails, webhook deliveries). */
export function stepEffectKey(enrollmentId: string, actionId: string): string {
  return `workflow-step:${enrollmentId}:${actionId}`;
}
