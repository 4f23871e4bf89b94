// SPEC §4 "View workflow": each email trigger of a pipeline shown as a workflow (trigger + action
// "Set ticket status to X"). The workflow row gives the automation an id, a place in the Workflows
// list and holds the trigger's on/off (`enabled`, the one switch the Automate tab, the workflow
// editor, the engine and the automation document read); the target status stays in
// PipelineAutomation. The rows are created with the pipeline (createPipeline, the seed, and a
// migration for older pipelines), never while a page renders.
import "server-only";
import type { WorkflowKind, WorkflowTrigger } from "@/generated/prisma/enums";
import type { PipelineAutomationSettings } from "@/lib/automation/types";
import { EMAIL_TRIGGER_LABEL, EMAIL_TRIGGERS, type EmailTriggerKey } from "./schemas";
import { newId } from "@/lib/db/ids";
import type { Tx } from "@/lib/db/tx";

export const TRIGGER_WORKFLOW: Record<EmailTriggerKey, { kind: WorkflowKind; trigger: WorkflowTrigger }> = {
  emailSentTrigger: { kind: "EMAIL_SENT_TRIGGER", trigger: "EMAIL_SENT_FROM_TICKET" },
  customerReplyTrigger: { kind: "CUSTOMER_REPLY_TRIGGER", trigger: "CUSTOMER_REPLY" },
};

/** The id the migration gave the trigger workflows of pipelines made before they came with the
 *  pipeline (new ones get a `newId()`); a row missing all the same would be linked to by it. */
const legacyTriggerWorkflowId = (pipelineId: string, key: EmailTriggerKey) =>
  `wf_${TRIGGER_WORKFLOW[key].kind.toLowerCase()}_${pipelineId}`;

/** Creates the two trigger workflows of a new pipeline (in its creating transaction), following its settings. */
export async function createTriggerWorkflows(
  tx: Tx,
  pipeline: { id: string; name: string },
  settings: PipelineAutomationSettings,
): Promise<void> {
  await tx.workflow.createMany({
    data: EMAIL_TRIGGERS.map((key) => ({
      id: newId(),
      ...TRIGGER_WORKFLOW[key],
      pipelineId: pipeline.id,
      enabled: settings[key].enabled,
      name: `${pipeline.name}: ${EMAIL_TRIGGER_LABEL[key]}`,
      description: "Update ticket status based on emails (Automate tab).",
    })),
    skipDuplicates: true,
  });
}

/** A pipeline's trigger workflows: id (View workflow) and on/off; a missing row reads as off. */
export async function readTriggerWorkflows(
  tx: Pick<Tx, "workflow">,
  pipelineId: string,
): Promise<Record<EmailTriggerKey, { id: string; enabled: boolean }>> {
  const rows = await tx.workflow.findMany({
    where: { pipelineId, kind: { in: EMAIL_TRIGGERS.map((k) => TRIGGER_WORKFLOW[k].kind) } },
    select: { id: true, kind: true, enabled: true },
  });
  return Object.fromEntries(
    EMAIL_TRIGGERS.map((key) => {
      const row = rows.find((w) => w.kind === TRIGGER_WORKFLOW[key].kind);
      return [key, { id: row?.id ?? legacyTriggerWorkflowId(pipelineId, key), enabled: row?.enabled ?? false }];
    }),
  ) as Record<EmailTriggerKey, { id: string; enabled: boolean }>;
}

/** Turns one email trigger on or off (callers check the version and plan, and record History). */
export async function setTriggerEnabled(tx: Tx, pipelineId: string, key: EmailTriggerKey, enabled: boolean) {
  const { count } = await tx.workflow.updateMany({
    where: { pipelineId, kind: TRIGGER_WORKFLOW[key].kind },
    data: { enabled },
  });
  // Every pipeline has both rows (created with it; a migration made those of older pipelines).
  if (count === 0) throw new Error(`Pipeline ${pipelineId} has no ${key} workflow`);
}
