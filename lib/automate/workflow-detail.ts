// One workflow as the read-only workflow view shows it: what enrols a ticket and what it does.
// The §4 trigger workflows take their action's status from the pipeline's settings.
import "server-only";
import { db } from "@/lib/db";
import { readAutomationRow } from "@/lib/automate/automation-settings";
import { describeAction } from "@/lib/workflows/action-types/registry";
import { readActionNames } from "@/lib/workflows/action-names";
import { TRIGGER_LABEL } from "@/lib/workflows/trigger-label";
import { TRIGGER_WORKFLOW } from "./trigger-workflow";
import { EMAIL_TRIGGERS } from "@/lib/automate/schemas";

export async function getWorkflowDetail(id: string) {
  const workflow = await db.workflow.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      description: true,
      kind: true,
      trigger: true,
      enabled: true,
      statusId: true,
      updatedAt: true,
      pipeline: { select: { id: true, name: true, statuses: { select: { id: true, label: true } } } },
      actions: {
        where: { parentActionId: null },
        orderBy: { position: "asc" },
        select: { id: true, type: true, config: true },
      },
    },
  });
  if (!workflow) return null;
  const statusLabel = (statusId: string | null) =>
    workflow.pipeline?.statuses.find((s) => s.id === statusId)?.label ?? "—";
  const triggerKey = EMAIL_TRIGGERS.find((key) => TRIGGER_WORKFLOW[key].kind === workflow.kind);
  const names = await readActionNames();
  let steps = workflow.actions.map((a) => ({ id: a.id, text: describeAction(a.type, a.config, names) }));
  if (triggerKey && workflow.pipeline) {
    const { settings } = await readAutomationRow(db, workflow.pipeline.id);
    steps = [{ id: triggerKey, text: `Set ticket status to ${statusLabel(settings[triggerKey].statusId)}` }];
  }
  const enrollment =
    workflow.trigger === "STATUS_ENTERED"
      ? `Ticket reaches "${statusLabel(workflow.statusId)}"`
      : TRIGGER_LABEL[workflow.trigger];
  return { ...workflow, enrollment, steps };
}
export type WorkflowDetail = NonNullable<Awaited<ReturnType<typeof getWorkflowDetail>>>;
