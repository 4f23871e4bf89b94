"use server";

// The Automate tab's own server actions (SPEC §3, §4, §7). Each re-checks the caller's role
// (automation.edit) and parses its input with the schema the form used; the status-action lanes
// have theirs in status-action-actions.ts.
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { readAutomationDocument, writeAutomationDocument } from "@/lib/automate/automation-document";
import { updateAutomationSettings } from "@/lib/automate/save-automation-settings";
import { ZImportAutomation, ZPipelineRef, ZSetCloseDateAutomation, ZSetEmailTrigger } from "@/lib/automate/schemas";

const automatePath = (pipelineId: string) => `/settings/objects/tickets/pipelines/${pipelineId}/automate`;

export const setCloseDateAutomationAction = authorizedAction(
  "automation.edit",
  ZSetCloseDateAutomation,
  async (input, user) => {
    const saved = await updateAutomationSettings(user, {
      pipelineId: input.pipelineId,
      expectedVersion: input.expectedVersion,
      patch: { closeDateAutomation: input.enabled },
    });
    revalidatePath(automatePath(input.pipelineId));
    return saved;
  },
);

export const setEmailTriggerAction = authorizedAction("automation.edit", ZSetEmailTrigger, async (input, user) => {
  const saved = await updateAutomationSettings(user, {
    pipelineId: input.pipelineId,
    expectedVersion: input.expectedVersion,
    patch: { [input.trigger]: input.setting },
  });
  revalidatePath(automatePath(input.pipelineId));
  return saved;
});

export const exportAutomationAction = authorizedAction("automation.edit", ZPipelineRef, async ({ pipelineId }, user) =>
  readAutomationDocument(pipelineId, user),
);

export const importAutomationAction = authorizedAction(
  "automation.edit",
  ZImportAutomation,
  async ({ pipelineId, document }, user) => {
    const saved = await writeAutomationDocument(user, pipelineId, document);
    revalidatePath(automatePath(pipelineId));
    return { version: saved.version };
  },
);
