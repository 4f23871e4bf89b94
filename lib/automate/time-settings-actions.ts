"use server";

// The Automate tab's SLA section and reopen-window row (SPEC §9). Each re-checks the caller's
// role (automation.edit) and parses its input; the SLA also needs Professional (savePipelineSla).
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { db } from "@/lib/db";
import { savePipelineSla } from "@/lib/sla/save-pipeline-sla";
import { saveAutomationSettings, updateAutomationSettings } from "./save-automation-settings";
import { ZSaveSla, ZSetReopenWindow } from "./time-settings-schemas";

const automatePath = (pipelineId: string) => `/settings/objects/tickets/pipelines/${pipelineId}/automate`;

export const saveSlaAction = authorizedAction("automation.edit", ZSaveSla, async (input, user) => {
  const saved = await db.$transaction(async (tx) => {
    const changed = await savePipelineSla(tx, user, input.pipelineId, input.sla);
    // The automation's version moves on, so an older export cannot silently undo the SLA.
    return saveAutomationSettings(tx, user, {
      pipelineId: input.pipelineId,
      expectedVersion: input.expectedVersion,
      patch: {},
      bump: changed > 0,
    });
  });
  revalidatePath(automatePath(input.pipelineId));
  return saved;
});

export const setReopenWindowAction = authorizedAction("automation.edit", ZSetReopenWindow, async (input, user) => {
  const saved = await updateAutomationSettings(user, {
    pipelineId: input.pipelineId,
    expectedVersion: input.expectedVersion,
    patch: { reopenWindowDays: input.reopenWindowDays },
  });
  revalidatePath(automatePath(input.pipelineId));
  return saved;
});
