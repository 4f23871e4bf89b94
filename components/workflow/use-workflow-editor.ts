"use client";
// The workflow editor's server calls through TanStack Query: toasts and the Reload offer come
// from runAction; a success revalidates /workflows, which re-renders the editor with the new version.
import { useMutation, useQuery } from "@tanstack/react-query";
import type { ActionResult } from "@/lib/actions/action-result";
import { ActionFailure, unwrap } from "@/lib/actions/unwrap-action";
import { runAction } from "@/components/forms/run-action";
import {
  addWorkflowActionAction,
  getRevisionAction,
  restoreRevisionAction,
  unenrollTicketAction,
  updateWorkflowActionAction,
  updateWorkflowSettingsAction,
} from "@/lib/automate/workflow-editor-actions";

function useServerMutation<TInput, TOutput>(
  call: (input: TInput) => Promise<ActionResult<TOutput>>,
  success: string,
  failureOnScreen = false,
) {
  return useMutation({
    mutationFn: async (input: TInput) => {
      const result = await runAction(() => call(input), success, { failureOnScreen });
      if (!result.ok) throw new ActionFailure(result.error);
      return result.data;
    },
  });
}

export function useWorkflowMutations() {
  return {
    add: useServerMutation(addWorkflowActionAction, "Action added."),
    update: useServerMutation(updateWorkflowActionAction, "Action saved."),
    settings: useServerMutation(updateWorkflowSettingsAction, "Settings saved."),
    // A refused restore stays on screen in the Revisions panel (its alert), not also in a toast.
    restore: useServerMutation(restoreRevisionAction, "Revision restored.", true),
    unenroll: useServerMutation(unenrollTicketAction, "Ticket unenrolled."),
  };
}

export function useRevision(revisionId: string | null) {
  return useQuery({
    queryKey: ["workflow-revision", revisionId],
    queryFn: () => unwrap(getRevisionAction({ revisionId: revisionId! })),
    enabled: revisionId !== null,
  });
}
