"use server";
// Settings > Automated emails (SPEC §5): admins create, edit, duplicate and delete emails; anyone
// who sees the settings may render the live preview.

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { createEmail } from "@/lib/templates/create-email";
import { deleteEmail } from "@/lib/templates/delete-email";
import { duplicateEmail } from "@/lib/templates/duplicate-email";
import { previewEmail } from "@/lib/templates/preview-email";
import { saveEmail } from "@/lib/templates/save-email";
import { ZCreateEmail, ZEmailRef, ZPreviewEmail, ZSaveEmail } from "@/lib/templates/schemas";

// The list, the editors, and the Automate tabs whose bubbles name the emails.
function refreshEmailPages(): void {
  revalidatePath("/settings/automated-emails", "layout");
  revalidatePath("/settings/objects/tickets/pipelines/[pipelineId]/automate", "page");
}

/** Runs a change, then refreshes the pages that show emails. */
const refreshed = <T>(change: Promise<T>): Promise<T> =>
  change.then((result) => {
    refreshEmailPages();
    return result;
  });

export const createEmailAction = authorizedAction("templates.edit", ZCreateEmail, (input, user) =>
  refreshed(createEmail(input, user)),
);
export const saveEmailAction = authorizedAction("templates.edit", ZSaveEmail, (input, user) =>
  refreshed(saveEmail(input, user)),
);
export const duplicateEmailAction = authorizedAction("templates.edit", ZEmailRef, (input, user) =>
  refreshed(duplicateEmail(input, user)),
);
export const deleteEmailAction = authorizedAction("templates.edit", ZEmailRef, (input, user) =>
  refreshed(deleteEmail(input, user)),
);
export const previewEmailAction = authorizedAction("settings.view", ZPreviewEmail, (input) => previewEmail(input));
