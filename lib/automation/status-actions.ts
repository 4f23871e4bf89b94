// SPEC §5, "Trigger actions when a ticket reaches a certain status": entering a status
// enrols the ticket in that status's workflows, unless one of these says no.
import type { Effect, SkipEnrollmentReason } from "./effects";
import { matchesFilterGroups, type FilterableTicket } from "./enrollment-filters";
import type { PipelineSnapshot, TicketSnapshot, WorkflowSnapshot } from "./types";

export type EnrollableTicket = FilterableTicket & Pick<TicketSnapshot, "enrolledWorkflowIds">;

/**
 * Why a workflow does not take the ticket in, or null when it does (any trigger). Live chat and
 * Messenger are left out only by the filter "Source is none of Chat, Facebook Messenger" that
 * workflows start with (enrollment-filters.ts), so another group can let them in.
 */
export function skipReason(ticket: EnrollableTicket, workflow: WorkflowSnapshot): SkipEnrollmentReason | null {
  if (!workflow.enabled) return "workflow_disabled";
  if (!workflow.hasActions) return "no_actions";
  if (!matchesFilterGroups(ticket, workflow.enrollmentFilterGroups)) return "filters_not_matched";
  if (!workflow.reenrollment && ticket.enrolledWorkflowIds.includes(workflow.workflowId)) {
    return "already_enrolled";
  }
  return null;
}

/**
 * Enrolments for a ticket reaching `statusId`. `depth` is the automation depth the
 * workflow's actions will run at (one more than whatever moved the ticket).
 */
export function statusActionEffects(
  ticket: EnrollableTicket,
  pipeline: PipelineSnapshot,
  statusId: string,
  depth: number,
): Effect[] {
  return pipeline.statusWorkflows
    .filter((workflow) => workflow.statusId === statusId)
    .map((workflow): Effect => {
      const base = {
        workflowId: workflow.workflowId,
        workflowName: workflow.name,
        trigger: "STATUS_ENTERED",
        statusId,
      } as const;
      const reason = skipReason(ticket, workflow);
      return reason === null ? { type: "enroll", ...base, depth } : { type: "skip_enrollment", ...base, reason };
    });
}
