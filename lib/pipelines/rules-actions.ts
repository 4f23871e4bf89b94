"use server";
// SPEC §8 the Rules tab's save: admins (pipelines.edit), Professional and above, one transaction
// with its History rows.
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { db } from "@/lib/db";
import { ZSavePipelineRules } from "@/lib/pipeline-reads/rules-schemas";
import { savePipelineRules } from "@/lib/automate/save-pipeline-rules";

export const savePipelineRulesAction = authorizedAction("pipelines.edit", ZSavePipelineRules, async (input, user) => {
  const changed = await db.$transaction((tx) => savePipelineRules(tx, user, input.pipelineId, input.rules));
  revalidatePath("/settings/objects/tickets/pipelines", "layout");
  revalidatePath("/board", "layout");
  return { changed };
});
