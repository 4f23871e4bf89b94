"use server";
// The workflow editor's server actions (issue 6): `workflows.edit` for changes (agents are
// refused here, whatever the page shows), `workflows.view` for reads. The plan is checked in lib.
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { addWorkflowAction, deleteWorkflowAction, updateWorkflowAction } from "@/lib/workflows/editor/tree-actions";
import { updateWorkflowSettings } from "@/lib/automate/workflow-settings";
import { getRevision, restoreRevision } from "@/lib/workflows/editor/revisions";
import { unenrollTicket } from "@/lib/workflows/editor/enrollments";
import { undoActionDelete } from "@/lib/workflows/editor/undo-delete";
import {
  ZAddWorkflowAction,
  ZDeleteWorkflowAction,
  ZRestoreRevision,
  ZRevisionRef,
  ZUndoDelete,
  ZUnenrollTicket,
  ZUpdateWorkflowAction,
  ZWorkflowSettings,
} from "@/lib/workflows/editor/schemas";

/** The editor and the Automate tab show the same rows: both re-render after a change. */
function refreshing<TIn, TOut>(run: (input: TIn, user: { id: string; name: string }) => Promise<TOut>) {
  return async (input: TIn, user: { id: string; name: string }) => {
    const result = await run(input, user);
    revalidatePath("/workflows", "layout");
    revalidatePath("/settings/objects/tickets/pipelines/[pipelineId]/automate", "page");
    return result;
  };
}

export const updateWorkflowSettingsAction = authorizedAction(
  "workflows.edit",
  ZWorkflowSettings,
  refreshing(updateWorkflowSettings),
);
export const addWorkflowActionAction = authorizedAction(
  "workflows.edit",
  ZAddWorkflowAction,
  refreshing(addWorkflowAction),
);
export const updateWorkflowActionAction = authorizedAction(
  "workflows.edit",
  ZUpdateWorkflowAction,
  refreshing(updateWorkflowAction),
);
export const deleteWorkflowActionAction = authorizedAction(
  "workflows.edit",
  ZDeleteWorkflowAction,
  refreshing(deleteWorkflowAction),
);
export const undoWorkflowDeleteAction = authorizedAction(
  "workflows.edit",
  ZUndoDelete,
  refreshing((input, user) => undoActionDelete(input, user)),
);
export const restoreRevisionAction = authorizedAction("workflows.edit", ZRestoreRevision, refreshing(restoreRevision));
export const unenrollTicketAction = authorizedAction("workflows.edit", ZUnenrollTicket, refreshing(unenrollTicket));
export const getRevisionAction = authorizedAction("workflows.view", ZRevisionRef, ({ revisionId }) =>
  getRevision(revisionId),
);
