// A pipeline's automation settings (SPEC §3, §4) in the shape the engine and the automation
// document use, mapped to and from the PipelineAutomation row in this one place.
import "server-only";
import type { PipelineAutomationSettings, StatusTrigger } from "@/lib/automation/types";
import { EMAIL_TRIGGERS } from "./schemas";
import type { Tx } from "@/lib/db/tx";

/** A pipeline without a row has these (close date on, both triggers off). */
export const DEFAULT_AUTOMATION: PipelineAutomationSettings = {
  closeDateAutomation: true,
  emailSentTrigger: { enabled: false, statusId: null },
  customerReplyTrigger: { enabled: false, statusId: null },
};

export interface AutomationRow {
  version: number;
  closeDateAutomation: boolean;
  emailSentTriggerEnabled: boolean;
  emailSentTriggerStatusId: string | null;
  customerReplyTriggerEnabled: boolean;
  customerReplyTriggerStatusId: string | null;
}

export function toSettings(row: AutomationRow | null): PipelineAutomationSettings {
  if (!row) return DEFAULT_AUTOMATION;
  return {
    closeDateAutomation: row.closeDateAutomation,
    emailSentTrigger: { enabled: row.emailSentTriggerEnabled, statusId: row.emailSentTriggerStatusId },
    customerReplyTrigger: { enabled: row.customerReplyTriggerEnabled, statusId: row.customerReplyTriggerStatusId },
  };
}

export function toColumns(settings: PipelineAutomationSettings): Omit<AutomationRow, "version"> {
  return {
    closeDateAutomation: settings.closeDateAutomation,
    emailSentTriggerEnabled: settings.emailSentTrigger.enabled,
    emailSentTriggerStatusId: settings.emailSentTrigger.statusId,
    customerReplyTriggerEnabled: settings.customerReplyTrigger.enabled,
    customerReplyTriggerStatusId: settings.customerReplyTrigger.statusId,
  };
}

/** Dotted field names as the History drawer and the document paths name them. */
export function flattenSettings(settings: PipelineAutomationSettings): Record<string, boolean | string | null> {
  const flat: Record<string, boolean | string | null> = { closeDateAutomation: settings.closeDateAutomation };
  for (const key of EMAIL_TRIGGERS) {
    const trigger: StatusTrigger = settings[key];
    flat[`${key}.enabled`] = trigger.enabled;
    flat[`${key}.statusId`] = trigger.statusId;
  }
  return flat;
}

export async function readAutomationRow(tx: Pick<Tx, "pipelineAutomation">, pipelineId: string) {
  const row = await tx.pipelineAutomation.findUnique({ where: { pipelineId } });
  return { version: row?.version ?? 0, settings: toSettings(row) };
}
