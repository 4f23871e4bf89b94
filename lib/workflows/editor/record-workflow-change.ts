// History (SPEC §7) for the workflow editor: each editor change writes SettingsChange rows in
// the pipeline's scope, so the Automate tab's History drawer shows who changed what, when,
// before → after. A status chain reads as on the Automate tab ("status_actions"); any other
// workflow as "workflow". Actions inside a branch path carry the path's name.
import "server-only";
import { pipelineScope, recordChanges, type ChangeActor, type FieldChange } from "@/lib/history/record-change";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { fromStoredAction } from "@/lib/workflows/action-types/stored-action";
import { actionSteps } from "./action-steps";
import type { Tx } from "@/lib/db/tx";
import type { EditedWorkflow } from "./edited-workflow";
import type { WorkflowSnapshot } from "./snapshot";

/** The settings fields History lists, in the order the Settings tab shows them. */
export const WORKFLOW_FIELDS = [
  "name",
  "description",
  "enabled",
  "trigger",
  "statusId",
  "timeTrigger",
  "enrollmentFilterGroups",
  "reenrollment",
  "unenrollOnLeave",
  "timeZone",
] as const satisfies readonly (keyof WorkflowSnapshot["settings"])[];

type Step = TAction & { path?: string };

/** The tree in the automation document's shape, each nested action with its path. */
const stepsOf = (actions: WorkflowSnapshot["actions"]): Step[] =>
  actionSteps(actions).map(({ action, path }) => ({
    ...fromStoredAction(action.type, action.config),
    ...(path ? { path } : {}),
  }));

/** No filter groups reads as "—" rather than an empty list. */
const valueOf = ({ settings }: WorkflowSnapshot, field: (typeof WORKFLOW_FIELDS)[number]) =>
  field === "enrollmentFilterGroups" && Array.isArray(settings[field]) && settings[field].length === 0
    ? null
    : settings[field];

export const workflowEntityType = (workflow: EditedWorkflow) =>
  workflow.kind === "STATUS_ACTIONS" ? "status_actions" : "workflow";

/** Writes what changed between two snapshots of the workflow (nothing when nothing did). */
export function recordWorkflowChange(
  tx: Tx,
  actor: ChangeActor,
  workflow: EditedWorkflow,
  before: WorkflowSnapshot,
  after: WorkflowSnapshot,
  extra: FieldChange[] = [],
) {
  // An email-trigger workflow's on/off is its Automate-tab checkbox, recorded where it is saved.
  const fields =
    workflow.kind === "EMAIL_SENT_TRIGGER" || workflow.kind === "CUSTOMER_REPLY_TRIGGER"
      ? WORKFLOW_FIELDS.filter((f) => f !== "enabled")
      : WORKFLOW_FIELDS;
  const changes: FieldChange[] = [
    ...fields.map((field) => ({ field, before: valueOf(before, field), after: valueOf(after, field) })),
    { field: "actions", before: stepsOf(before.actions), after: stepsOf(after.actions) },
    ...extra,
  ];
  return recordChanges(tx, actor, {
    scope: workflow.pipelineId ? pipelineScope(workflow.pipelineId) : `workflow:${workflow.id}`,
    entityType: workflowEntityType(workflow),
    entityId: workflow.id,
    changes,
  });
}
