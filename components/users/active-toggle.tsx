"use client";
import { useRef, useState, type MouseEvent } from "react";
import { setUserActiveAction } from "@/lib/users/actions";
import { runAction } from "@/components/forms/run-action";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { userRowId } from "./row-id";

// The button that was pressed is replaced by its opposite: keep keyboard users on the row.
const focusRow = (userId: string) => document.getElementById(userRowId(userId))?.focus();

/** Deactivate (asks first: the user is locked out from their next request) or reactivate. */
export function ActiveToggle({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const changed = useRef(false);

  async function save(next: boolean, event?: MouseEvent) {
    event?.preventDefault();
    setPending(true);
    const result = await runAction(
      () => setUserActiveAction({ userId, active: next }),
      next ? `${name} can sign in again.` : `${name} is deactivated.`,
    );
    changed.current = result.ok;
    setPending(false);
    setOpen(false);
    if (next && result.ok) focusRow(userId);
  }

  if (!active) {
    return (
      <Button
        variant="outline"
        size="sm"
        onClick={() => save(true)}
        disabled={pending}
        aria-label={`Reactivate ${name}`}
        data-testid="reactivate-user"
      >
        Reactivate
      </Button>
    );
  }
  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Deactivate ${name}`} data-testid="deactivate-user">
          Deactivate
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        onCloseAutoFocus={(event) => {
          if (!changed.current) return;
          event.preventDefault();
          focusRow(userId);
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle>Deactivate {name}?</AlertDialogTitle>
          <AlertDialogDescription>
            {name} is signed out on their next click and can&rsquo;t sign in, and their API keys stop working. Their
            tickets and history stay. You can reactivate them later.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant="destructive"
            onClick={(event) => save(false, event)}
            disabled={pending}
            data-testid="confirm-deactivate"
          >
            {pending ? "Deactivating…" : "Deactivate"}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
