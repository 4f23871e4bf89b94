"use client";
// Deleting bubbles or a branch says what went and offers Undo in its toast (issue 15 item 4).
// Undo asks the server to put back exactly what the deletion removed (it refuses if the workflow
// changed since); focus then goes to the first bubble that came back.
import type { ActionResult } from "@/lib/actions/action-result";
import { toast } from "@/components/ui/toast";
import { runAction } from "@/components/forms/run-action";
import { focusBubbleWhenShown } from "./focus-bubble";

interface DeleteWithUndo {
  remove: () => Promise<ActionResult<{ version: number }>>;
  /** Undoes the deletion that left the workflow at `version`. */
  undo: (version: number) => Promise<ActionResult<{ restoredIds: string[] }>>;
  /** "Action deleted.", "3 actions deleted.", "Branch deleted." */
  message: string;
}

const UNDO_TOAST_MS = 10_000;

export async function deleteWithUndo({ remove, undo, message }: DeleteWithUndo): Promise<boolean> {
  const result = await runAction(remove, message, { successToast: false });
  if (!result.ok) return false;
  toast.success(message, {
    duration: UNDO_TOAST_MS,
    action: {
      label: "Undo",
      onClick: async () => {
        const undone = await runAction(() => undo(result.data.version), "Deletion undone.");
        // The toast's button goes with the toast: focus the first bubble that came back.
        if (undone.ok) focusBubbleWhenShown(undone.data.restoredIds[0]);
      },
    },
  });
  return true;
}

export const deletedMessage = (count: number) => (count === 1 ? "Action deleted." : `${count} actions deleted.`);
