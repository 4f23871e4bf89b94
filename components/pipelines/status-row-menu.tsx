"use client";
// The "⋯" menu of a status: rename, move up/down (the keyboard way to reorder), delete.
import { useState } from "react";
import { ArrowDown, ArrowUp, MoreHorizontal, Pencil, Trash2 } from "lucide-react";
import type { AdminStatus } from "@/lib/pipelines/admin-view";
import { deleteStatusAction, renameStatusAction } from "@/lib/pipelines/actions";
import { NameDialog } from "@/components/forms/name-dialog";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { DeleteWithMoveDialog } from "./delete-with-move-dialog";
import { usageSentence, usageText } from "./plural";

interface StatusRowMenuProps {
  status: AdminStatus;
  siblings: AdminStatus[];
  pipelineName: string;
  onMove: (delta: -1 | 1) => void;
  isFirst: boolean;
  isLast: boolean;
}

export function StatusRowMenu({ status, siblings, pipelineName, onMove, isFirst, isLast }: StatusRowMenuProps) {
  const [dialog, setDialog] = useState<"rename" | "delete" | null>(null);
  const used = usageText(status);
  const others = siblings.filter((s) => s.id !== status.id);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={`Actions for ${status.label}`} data-testid="status-menu">
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={() => setDialog("rename")}>
            <Pencil aria-hidden /> Rename
          </DropdownMenuItem>
          <DropdownMenuItem disabled={isFirst} onSelect={() => onMove(-1)}>
            <ArrowUp aria-hidden /> Move up
          </DropdownMenuItem>
          <DropdownMenuItem disabled={isLast} onSelect={() => onMove(1)}>
            <ArrowDown aria-hidden /> Move down
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" onSelect={() => setDialog("delete")}>
            <Trash2 aria-hidden /> Delete
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <NameDialog
        open={dialog === "rename"}
        onOpenChange={(open) => setDialog(open ? "rename" : null)}
        title={`Rename "${status.label}"`}
        label="Status name"
        submitLabel="Rename"
        success="Status renamed."
        schema={() => import("@/lib/pipelines/schemas").then((m) => m.ZStatusLabel)}
        initialValue={status.label}
        submit={(label) => renameStatusAction({ statusId: status.id, label })}
        testId="rename-status-dialog"
      />
      <DeleteWithMoveDialog
        open={dialog === "delete"}
        onOpenChange={(open) => setDialog(open ? "delete" : null)}
        title={`Delete "${status.label}"?`}
        description={
          used
            ? `${usageSentence(status, "this status")}. Choose another status of ${pipelineName} for them; they move and the status is deleted together.`
            : "Its status actions are deleted too. This cannot be undone."
        }
        moveTargets={used ? [{ label: pipelineName, statuses: others }] : null}
        confirmLabel="Delete status"
        success={`Status "${status.label}" deleted.`}
        confirm={(moveToStatusId) => deleteStatusAction({ statusId: status.id, moveToStatusId })}
        returnFocusTo="statuses-heading"
        testId="delete-status-dialog"
      />
    </>
  );
}
