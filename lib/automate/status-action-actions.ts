"use server";
// SPEC §5 status actions: only super admins / Account permission change the chains; anyone who
// can see the automation may read and write comments (deleting only their own).

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { addStatusAction } from "@/lib/automate/add-status-action";
import { updateStatusAction } from "@/lib/automate/update-status-action";
import { deleteStatusAction } from "@/lib/automate/delete-status-action";
import { undoActionDelete } from "@/lib/workflows/editor/undo-delete";
import { ZUndoDelete } from "@/lib/workflows/editor/schemas";
import { addActionComment, deleteActionComment, listActionComments } from "@/lib/automate/action-comments";
import { getStatusActionOptions } from "@/lib/workflows/editor-options";
import { updateEmailTemplate } from "@/lib/templates/update-template";
import { ZUpdateTemplate } from "@/lib/templates/schemas";
import {
  ZActionRef,
  ZAddActionComment,
  ZAddStatusAction,
  ZDeleteActionComment,
  ZDeleteStatusAction,
  ZUpdateStatusAction,
} from "@/lib/automate/status-action-schemas";

const refreshAutomateTab = () => revalidatePath("/settings/objects/tickets/pipelines/[pipelineId]/automate", "page");

function refreshing<TIn, TOut>(run: (input: TIn, user: { id: string; name: string }) => Promise<TOut>) {
  return async (input: TIn, user: { id: string; name: string }) => {
    const result = await run(input, user);
    refreshAutomateTab();
    return result;
  };
}

export const addStatusActionAction = authorizedAction("automation.edit", ZAddStatusAction, refreshing(addStatusAction));
export const updateStatusActionAction = authorizedAction(
  "automation.edit",
  ZUpdateStatusAction,
  refreshing(updateStatusAction),
);
export const deleteStatusActionAction = authorizedAction(
  "automation.edit",
  ZDeleteStatusAction,
  refreshing(deleteStatusAction),
);
/** Undo in the toast after a deletion: only a status chain's, as the other changes here. */
export const undoStatusActionDeleteAction = authorizedAction(
  "automation.edit",
  ZUndoDelete,
  refreshing((input, user) => undoActionDelete(input, user, true)),
);
export const saveEmailTemplateAction = authorizedAction(
  "templates.edit",
  ZUpdateTemplate,
  refreshing(updateEmailTemplate),
);

export const loadStatusActionOptionsAction = authorizedAction("automation.view", z.object({}), () =>
  getStatusActionOptions(),
);
export const listActionCommentsAction = authorizedAction("automation.view", ZActionRef, ({ actionId }, user) =>
  listActionComments(actionId, user.id),
);
export const addActionCommentAction = authorizedAction(
  "automation.view",
  ZAddActionComment,
  refreshing(addActionComment),
);
export const deleteActionCommentAction = authorizedAction(
  "automation.view",
  ZDeleteActionComment,
  refreshing(deleteActionComment),
);
