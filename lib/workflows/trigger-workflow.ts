// SPEC §4 "View workflow": each email trigger of a pipeline shown as a workflow (trigger + action
// "Set ticket status to X"). The settings stay in PipelineAutomation; the workflow row gives the
// automation an id and a place in the Workflows list, and follows the trigger's on/off.
import "server-only";
import type { WorkflowKind, WorkflowTrigger } from "@/generated/prisma/enums";
import type { PipelineAutomationSettings } from "@/lib/automation/types";
import { db } from "@/lib/db";
import { EMAIL_TRIGGER_LABEL, EMAIL_TRIGGERS, type EmailTriggerKey } from "@/lib/pipelines/schemas";
import type { Tx } from "@/lib/db/tx";

export const TRIGGER_WORKFLOW: Record<EmailTriggerKey, { kind: WorkflowKind; trigger: WorkflowTrigger }> = {
  emailSentTrigger: { kind: "EMAIL_SENT_TRIGGER", trigger: "EMAIL_SENT_FROM_TICKET" },
  customerReplyTrigger: { kind: "CUSTOMER_REPLY_TRIGGER", trigger: "CUSTOMER_REPLY" },
};

/** A stable id per pipeline and trigger, so two first visits cannot create two rows. */
const triggerWorkflowId = (pipelineId: string, key: EmailTriggerKey) =>
  `wf_${TRIGGER_WORKFLOW[key].kind.toLowerCase()}_${pipelineId}`;

/** Finds or creates the two trigger workflows of a pipeline; returns their ids. */
export async function ensureTriggerWorkflows(
  pipeline: { id: string; name: string },
  settings: PipelineAutomationSettings,
): Promise<Record<EmailTriggerKey, string>> {
  const existing = await db.workflow.findMany({
    where: { pipelineId: pipeline.id, kind: { in: EMAIL_TRIGGERS.map((k) => TRIGGER_WORKFLOW[k].kind) } },
    select: { id: true, kind: true },
  });
  const ids = {} as Record<EmailTriggerKey, string>;
  for (const key of EMAIL_TRIGGERS) {
    const { kind, trigger } = TRIGGER_WORKFLOW[key];
    const found = existing.find((w) => w.kind === kind);
    const id = found?.id ?? triggerWorkflowId(pipeline.id, key);
    if (!found) {
      await db.workflow.upsert({
        where: { id },
        update: {},
        create: {
          id,
          kind,
          trigger,
          pipelineId: pipeline.id,
          enabled: settings[key].enabled,
          name: `${pipeline.name}: ${EMAIL_TRIGGER_LABEL[key]}`,
          description: "Update ticket status based on emails (Automate tab).",
        },
      });
    }
    ids[key] = id;
  }
  return ids;
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
