// SPEC §4 "View workflow": each email trigger of a pipeline shown as a workflow (trigger + action
// "Set ticket status to X"). The settings stay in PipelineAutomation; the workflow row gives the
// automation an id and a place in the Workflows list, and follows the trigger's on/off. The rows
// are created with the pipeline (createPipeline, the seed, and a migration for older pipelines),
// never while a page renders.
import "server-only";
import type { WorkflowKind, WorkflowTrigger } from "@/generated/prisma/enums";
import type { PipelineAutomationSettings } from "@/lib/automation/types";
import { db } from "@/lib/db";
import { EMAIL_TRIGGER_LABEL, EMAIL_TRIGGERS, type EmailTriggerKey } from "@/lib/automate/schemas";
import type { Tx } from "@/lib/db/tx";

export const TRIGGER_WORKFLOW: Record<EmailTriggerKey, { kind: WorkflowKind; trigger: WorkflowTrigger }> = {
  emailSentTrigger: { kind: "EMAIL_SENT_TRIGGER", trigger: "EMAIL_SENT_FROM_TICKET" },
  customerReplyTrigger: { kind: "CUSTOMER_REPLY_TRIGGER", trigger: "CUSTOMER_REPLY" },
};

/** A stable id per pipeline and trigger: the migration that created the rows of older pipelines used it too. */
export const triggerWorkflowId = (pipelineId: string, key: EmailTriggerKey) =>
  `wf_${TRIGGER_WORKFLOW[key].kind.toLowerCase()}_${pipelineId}`;

/** Creates the two trigger workflows of a new pipeline (in its creating transaction), following its settings. */
export async function createTriggerWorkflows(
  tx: Tx,
  pipeline: { id: string; name: string },
  settings: PipelineAutomationSettings,
): Promise<void> {
  await tx.workflow.createMany({
    data: EMAIL_TRIGGERS.map((key) => ({
      id: triggerWorkflowId(pipeline.id, key),
      ...TRIGGER_WORKFLOW[key],
      pipelineId: pipeline.id,
      enabled: settings[key].enabled,
      name: `${pipeline.name}: ${EMAIL_TRIGGER_LABEL[key]}`,
      description: "Update ticket status based on emails (Automate tab).",
    })),
    skipDuplicates: true,
  });
}

/** The ids of a pipeline's trigger workflows (View workflow), read only. */
export async function findTriggerWorkflowIds(pipelineId: string): Promise<Record<EmailTriggerKey, string>> {
  const rows = await db.workflow.findMany({
    where: { pipelineId, kind: { in: EMAIL_TRIGGERS.map((k) => TRIGGER_WORKFLOW[k].kind) } },
    select: { id: true, kind: true },
  });
  return Object.fromEntries(
    EMAIL_TRIGGERS.map((key) => [
      key,
      rows.find((w) => w.kind === TRIGGER_WORKFLOW[key].kind)?.id ?? triggerWorkflowId(pipelineId, key),
    ]),
  ) as Record<EmailTriggerKey, string>;
}

/** Keeps each trigger workflow's on/off equal to its checkbox. */
export async function syncTriggerWorkflows(
  tx: Tx,
  pipelineId: string,
  settings: PipelineAutomationSettings,
): Promise<void> {
  for (const key of EMAIL_TRIGGERS) {
    await tx.workflow.updateMany({
      where: { pipelineId, kind: TRIGGER_WORKFLOW[key].kind, enabled: !settings[key].enabled },
      data: { enabled: settings[key].enabled },
    });
  }
}
