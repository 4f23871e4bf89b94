// A pipeline's automation settings (SPEC §3, §4) in the shape the engine and the automation
// document use, read from and written to the database in this one place. Each value is stored
// once: close date and the triggers' target statuses in the PipelineAutomation row (with the
// version every save checks), each email trigger's on/off as its workflow's `enabled`.
import "server-only";
import type { PipelineAutomationSettings, StatusTrigger } from "@/lib/automation/types";
import { EMAIL_TRIGGERS, type EmailTriggerKey } from "./schemas";
import { readTriggerWorkflows, setTriggerEnabled } from "./trigger-workflow";
import type { Tx } from "@/lib/db/tx";

/** A pipeline without a row has these (close date on, both triggers off). */
export const DEFAULT_AUTOMATION: PipelineAutomationSettings = {
  closeDateAutomation: true,
  emailSentTrigger: { enabled: false, statusId: null },
  customerReplyTrigger: { enabled: false, statusId: null },
  reopenWindowDays: null,
};

export interface AutomationRow {
  closeDateAutomation: boolean;
  emailSentTriggerStatusId: string | null;
  customerReplyTriggerStatusId: string | null;
  reopenWindowDays: number | null;
}

export function toColumns(settings: PipelineAutomationSettings): AutomationRow {
  return {
    closeDateAutomation: settings.closeDateAutomation,
    emailSentTriggerStatusId: settings.emailSentTrigger.statusId,
    customerReplyTriggerStatusId: settings.customerReplyTrigger.statusId,
    reopenWindowDays: settings.reopenWindowDays,
  };
}

/** Dotted field names as the History drawer and the document paths name them. */
export function flattenSettings(
  settings: PipelineAutomationSettings,
): Record<string, boolean | string | number | null> {
  const flat: Record<string, boolean | string | number | null> = {
    closeDateAutomation: settings.closeDateAutomation,
    reopenWindowDays: settings.reopenWindowDays,
  };
  for (const key of EMAIL_TRIGGERS) {
    const trigger: StatusTrigger = settings[key];
    flat[`${key}.enabled`] = trigger.enabled;
    flat[`${key}.statusId`] = trigger.statusId;
  }
  return flat;
}

/** The settings, their version (0: no row yet) and the trigger workflows' ids (View workflow). */
export async function readAutomationRow(tx: Pick<Tx, "pipelineAutomation" | "workflow">, pipelineId: string) {
  const [row, triggers] = await Promise.all([
    tx.pipelineAutomation.findUnique({ where: { pipelineId } }),
    readTriggerWorkflows(tx, pipelineId),
  ]);
  const columns = row ?? toColumns(DEFAULT_AUTOMATION);
  const settings: PipelineAutomationSettings = {
    closeDateAutomation: columns.closeDateAutomation,
    emailSentTrigger: { enabled: triggers.emailSentTrigger.enabled, statusId: columns.emailSentTriggerStatusId },
    customerReplyTrigger: {
      enabled: triggers.customerReplyTrigger.enabled,
      statusId: columns.customerReplyTriggerStatusId,
    },
    reopenWindowDays: columns.reopenWindowDays,
  };
  const workflowIds = Object.fromEntries(EMAIL_TRIGGERS.map((key) => [key, triggers[key].id])) as Record<
    EmailTriggerKey,
    string
  >;
  return { version: row?.version ?? 0, settings, workflowIds };
}

/** Writes the triggers' on/off that differ between two settings (their workflows' `enabled`). */
export async function writeTriggerSwitches(
  tx: Tx,
  pipelineId: string,
  before: PipelineAutomationSettings,
  next: PipelineAutomationSettings,
): Promise<void> {
  for (const key of EMAIL_TRIGGERS) {
    if (before[key].enabled !== next[key].enabled) await setTriggerEnabled(tx, pipelineId, key, next[key].enabled);
  }
}
