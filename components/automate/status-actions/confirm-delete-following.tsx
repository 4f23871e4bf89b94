"use client";
// "Delete this action and all following actions" removes several bubbles at once: say how many
// and ask first. Undo stays possible in the toast afterwards.
import { useRef } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";

interface ConfirmDeleteFollowingProps {
  open: boolean;
  count: number;
  onCancel: () => void;
  onConfirm: () => void;
  /** Where focus goes once the dialog is closed (`deleted`: the bubble and its icon are gone). */
  focusAfter: (deleted: boolean) => void;
}

export function ConfirmDeleteFollowing({ open, count, onCancel, onConfirm, focusAfter }: ConfirmDeleteFollowingProps) {
  const deleted = useRef(false);
  return (
    <AlertDialog open={open} onOpenChange={(next) => !next && onCancel()}>
      <AlertDialogContent
        data-testid="confirm-delete-following"
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          focusAfter(deleted.current);
          deleted.current = false;
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle>Delete {count} actions?</AlertDialogTitle>
          <AlertDialogDescription>
            This action and the {count - 1} after it are deleted, with the actions inside any branch among them. You can
            undo it from the message that follows.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant="destructive"
            onClick={() => {
              deleted.current = true;
              onConfirm();
            }}
          >
            Delete {count} actions
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
