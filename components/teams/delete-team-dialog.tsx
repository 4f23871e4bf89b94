"use client";
import { useRef, useState, type MouseEvent } from "react";
import type { TeamSummary } from "@/lib/teams/list-teams";
import { deleteTeamAction } from "@/lib/teams/actions";
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
} from "@/components/ui/alert-dialog";

interface DeleteTeamDialogProps {
  team: TeamSummary;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function DeleteTeamDialog({ team, open, onOpenChange }: DeleteTeamDialogProps) {
  const [pending, setPending] = useState(false);
  const deleted = useRef(false);
  async function confirm(event: MouseEvent) {
    event.preventDefault();
    setPending(true);
    const result = await runAction(() => deleteTeamAction({ teamId: team.id }), `Team "${team.name}" deleted.`);
    setPending(false);
    deleted.current = result.ok;
    onOpenChange(false);
  }
  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <AlertDialogContent
        onCloseAutoFocus={(event) => {
          if (!deleted.current) return;
          event.preventDefault(); // the team's card, and its menu, are gone: keep keyboard users in the section
          document.getElementById("teams-heading")?.focus();
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle>Delete team &ldquo;{team.name}&rdquo;?</AlertDialogTitle>
          <AlertDialogDescription>
            Its members stay users; only the team goes. A team that automation actions use can&rsquo;t be deleted until
            they no longer name it.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant="destructive"
            onClick={confirm}
            disabled={pending}
            data-testid="confirm-delete-team"
          >
            {pending ? "Deleting…" : "Delete team"}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
