"use client";
// Deleting only an if/then branch (issue 6 §3): which path's actions take its place, or none.
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { Label } from "@/components/ui/label";
import { NONE_MET_BRANCH_KEY } from "@/lib/workflows/run/action-tree";
import type { EditorAction } from "@/lib/workflows/editor/editor-view";

interface DeleteBranchDialogProps {
  branch: EditorAction | null;
  onCancel: () => void;
  onConfirm: (keepBranchKey: string | null) => void;
  /** Where keyboard focus goes after a deletion (the branch's own buttons are gone). */
  focusAfterDelete: () => void;
}

const NONE = "__none__";

export function DeleteBranchDialog({ branch, onCancel, onConfirm, focusAfterDelete }: DeleteBranchDialogProps) {
  const [keep, setKeep] = useState(NONE);
  const deleted = useRef(false);
  const branches = (branch?.config as { branches?: { key: string; label: string }[] } | undefined)?.branches ?? [];
  const choices = [
    ...branches,
    { key: NONE_MET_BRANCH_KEY, label: "None met" },
    { key: NONE, label: "Keep no actions" },
  ];
  return (
    <Dialog open={branch !== null} onOpenChange={(open) => !open && onCancel()}>
      <DialogContent
        data-testid="delete-branch-dialog"
        onCloseAutoFocus={(event) => {
          if (!deleted.current) return;
          deleted.current = false;
          event.preventDefault();
          focusAfterDelete();
        }}
      >
        <DialogHeader>
          <DialogTitle>Delete this if/then branch</DialogTitle>
          <DialogDescription>
            Which branch&rsquo;s actions should take its place? The other paths are deleted.
          </DialogDescription>
        </DialogHeader>
        <RadioGroup value={keep} onValueChange={setKeep} aria-label="Actions to keep">
          {choices.map((c) => (
            <div key={c.key} className="flex items-center gap-2">
              <RadioGroupItem value={c.key} id={`keep-${c.key}`} />
              <Label htmlFor={`keep-${c.key}`}>{c.key === NONE ? c.label : `Keep the actions of “${c.label}”`}</Label>
            </div>
          ))}
        </RadioGroup>
        <DialogFooter>
          <Button variant="outline" onClick={onCancel}>
            Cancel
          </Button>
          <Button
            variant="destructive"
            onClick={() => {
              deleted.current = true;
              onConfirm(keep === NONE ? null : keep);
            }}
          >
            Delete branch
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
