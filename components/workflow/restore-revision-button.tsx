"use client";
// "Restore" on a revision row (issue 6 §4), confirmed first. The server refuses a version that
// names users, teams, emails or statuses deleted since — nothing is half-restored — and the
// refusal stays on screen (not only in a toast) so it can be read and acted on.
import { Button } from "@/components/ui/button";
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

interface RestoreRevisionButtonProps {
  version: number;
  /** A restore is on its way: the confirm button waits (the row's button stays focusable for the dialog to return to). */
  pending: boolean;
  onRestore: () => void;
}

export function RestoreRevisionButton({ version, pending, onRestore }: RestoreRevisionButtonProps) {
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button size="sm" variant="secondary" aria-label={`Restore version ${version}`}>
          Restore
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent data-testid="restore-dialog">
        <AlertDialogHeader>
          <AlertDialogTitle>Restore version {version}?</AlertDialogTitle>
          <AlertDialogDescription>
            The workflow&rsquo;s settings and actions become what they were in version {version}. This is saved as a new
            version, so the current one stays in the list. If something it uses (a user, team, email or status) was
            deleted since, nothing is restored and you are told what is missing.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction disabled={pending} onClick={onRestore}>
            Restore version {version}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
