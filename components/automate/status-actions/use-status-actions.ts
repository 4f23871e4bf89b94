"use client";
// Server calls of the status-action lanes, through TanStack Query: the editors' pick lists,
// each bubble's comments, and the changes (toasts and the Reload offer come from runAction;
// a successful change revalidates the page, which re-renders the lanes).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ActionResult } from "@/lib/actions/action-result";
import { ActionFailure, unwrap } from "@/lib/actions/unwrap-action";
import { runAction } from "@/components/forms/run-action";
import {
  addActionCommentAction,
  addStatusActionAction,
  deleteActionCommentAction,
  listActionCommentsAction,
  loadStatusActionOptionsAction,
  saveEmailTemplateAction,
  updateStatusActionAction,
} from "@/lib/automate/status-action-actions";

const OPTIONS_KEY = ["status-actions", "options"] as const;
const commentsKey = (actionId: string) => ["status-actions", "comments", actionId] as const;

export function useStatusActionOptions(enabled: boolean) {
  return useQuery({
    queryKey: OPTIONS_KEY,
    queryFn: () => unwrap(loadStatusActionOptionsAction({})),
    enabled,
    staleTime: 60_000,
  });
}

export function useActionComments(actionId: string, enabled: boolean) {
  return useQuery({
    queryKey: commentsKey(actionId),
    queryFn: () => unwrap(listActionCommentsAction({ actionId })),
    enabled,
  });
}

/** A mutation around a server action: a toast either way; a failure rejects with its field issues. */
function useServerMutation<TInput, TOutput>(
  call: (input: TInput) => Promise<ActionResult<TOutput>>,
  success: string | ((input: TInput) => string),
  after?: () => void,
) {
  return useMutation({
    mutationFn: async (input: TInput) => {
      const result = await runAction(() => call(input), typeof success === "string" ? success : success(input));
      if (!result.ok) throw new ActionFailure(result.error);
      return result.data;
    },
    onSuccess: after,
  });
}

export function useChainMutations() {
  return {
    add: useServerMutation(addStatusActionAction, "Action added."),
    update: useServerMutation(updateStatusActionAction, "Action saved."),
  };
}

export function useCommentMutations(actionId: string) {
  const queryClient = useQueryClient();
  const refetch = () => void queryClient.invalidateQueries({ queryKey: commentsKey(actionId) });
  return {
    add: useServerMutation((body: string) => addActionCommentAction({ actionId, body }), "Comment added.", refetch),
    remove: useServerMutation(
      (commentId: string) => deleteActionCommentAction({ commentId }),
      "Comment deleted.",
      refetch,
    ),
  };
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useServerMutation(
    saveEmailTemplateAction,
    "Email saved.",
    () => void queryClient.invalidateQueries({ queryKey: OPTIONS_KEY }),
  );
}
