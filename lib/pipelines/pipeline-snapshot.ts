// A pipeline as the automation engine sees it (statuses, §3/§4 settings, status workflows),
// read as one JSON value inside whatever query needs it, so loading a ticket with its
// pipeline is a single round trip.
import "server-only";
import type { PipelineSnapshot, StatusSnapshot, StatusWorkflowSnapshot } from "@/lib/automation";
import { sql, type SqlFragment } from "@/lib/db/sql";
import { parseEnrollmentFilters } from "@/lib/workflows/enrollment-filter-schema";

/** A scalar subquery: the pipeline whose id is `pipelineId` (an SQL expression), as JSON, or null. */
export function pipelineSnapshotJson(pipelineId: SqlFragment): SqlFragment {
  return sql`(
    SELECT json_build_object(
      'id', p.id, 'name', p.name,
      'statuses', (SELECT coalesce(json_agg(json_build_object(
          'id', s.id, 'label', s.label, 'displayOrder', s."displayOrder", 'state', s.state
        ) ORDER BY s."displayOrder"), '[]'::json)
        FROM "PipelineStatus" s WHERE s."pipelineId" = p.id),
      'automation', (SELECT json_build_object(
          'closeDateAutomation', a."closeDateAutomation",
          'emailSentTrigger', json_build_object('enabled', a."emailSentTriggerEnabled", 'statusId', a."emailSentTriggerStatusId"),
          'customerReplyTrigger', json_build_object('enabled', a."customerReplyTriggerEnabled", 'statusId', a."customerReplyTriggerStatusId"))
        FROM "PipelineAutomation" a WHERE a."pipelineId" = p.id),
      'statusWorkflows', (SELECT coalesce(json_agg(json_build_object(
          'workflowId', w.id, 'statusId', w."statusId", 'name', w.name, 'enabled', w.enabled,
          'enrollmentFilters', w."enrollmentFilters", 'reenrollment', w.reenrollment,
          'hasActions', EXISTS (SELECT 1 FROM "WorkflowAction" wa WHERE wa."workflowId" = w.id)
        ) ORDER BY w."createdAt"), '[]'::json)
        FROM "Workflow" w
        WHERE w."pipelineId" = p.id AND w.trigger = 'STATUS_ENTERED' AND w."statusId" IS NOT NULL))
    FROM "Pipeline" p WHERE p.id = ${pipelineId})`;
}

export interface PipelineSnapshotJson {
  id: string;
  name: string;
  statuses: StatusSnapshot[];
  /** null when the pipeline has no settings row yet. */
  automation: PipelineSnapshot["automation"] | null;
  statusWorkflows: (Omit<StatusWorkflowSnapshot, "enrollmentFilters"> & { enrollmentFilters: unknown })[];
}

/** A pipeline without a settings row has the defaults: close date on, both triggers off. */
const DEFAULT_AUTOMATION: PipelineSnapshot["automation"] = {
  closeDateAutomation: true,
  emailSentTrigger: { enabled: false, statusId: null },
  customerReplyTrigger: { enabled: false, statusId: null },
};

export function toPipelineSnapshot(json: PipelineSnapshotJson): PipelineSnapshot {
  return {
    id: json.id,
    name: json.name,
    statuses: json.statuses,
    automation: json.automation ?? DEFAULT_AUTOMATION,
    statusWorkflows: json.statusWorkflows.map((w) => ({
      ...w,
      enrollmentFilters: parseEnrollmentFilters(w.enrollmentFilters),
    })),
  };
}
