"use client";
// "Delete …?" for a status or a pipeline. When tickets (or channels) use it, the dialog asks which
// status they move to before the delete can be confirmed (SPEC §1).
import { useRef, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { runAction } from "@/components/forms/run-action";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import {
  Select,
  SelectContent,
  SelectGroup,
  SelectItem,
  SelectLabel,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";

export interface MoveTargetGroup {
  label: string;
  statuses: { id: string; label: string }[];
}

interface DeleteWithMoveDialogProps<T> {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  /** Where its tickets may go; null when nothing uses it (no question asked). */
  moveTargets: MoveTargetGroup[] | null;
  moveLabel?: string;
  /** Shown instead of the confirm button when the delete is not possible at all. */
  blocked?: string | null;
  confirmLabel: string;
  success: string;
  confirm: (moveToStatusId: string | undefined) => Promise<ActionResult<T>>;
  onDone?: (data: T) => void;
  /** The element (id) keyboard focus moves to once the deleted thing, and its trigger, are gone. */
  returnFocusTo?: string;
  testId?: string;
}

export function DeleteWithMoveDialog<T>({
  open,
  onOpenChange,
  moveTargets,
  blocked,
  ...props
}: DeleteWithMoveDialogProps<T>) {
  const [moveTo, setMoveTo] = useState<string>("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const deleted = useRef(false);

  function change(next: boolean) {
    if (pending) return;
    if (!next) {
      setMoveTo("");
      setError(null);
    }
    onOpenChange(next);
  }

  async function confirm() {
    if (moveTargets && !moveTo) return setError("Choose where the tickets go.");
    setPending(true);
    const result = await runAction(() => props.confirm(moveTargets ? moveTo : undefined), props.success);
    setPending(false);
    if (result.ok) {
      deleted.current = true;
      change(false);
      props.onDone?.(result.data);
    } else setError(result.error.issues[0]?.message ?? null);
  }

  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogContent
        data-testid={props.testId}
        onCloseAutoFocus={(event) => {
          if (!deleted.current || !props.returnFocusTo) return;
          event.preventDefault();
          document.getElementById(props.returnFocusTo)?.focus();
        }}
      >
        <DialogHeader>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogDescription>{props.description}</DialogDescription>
        </DialogHeader>
        {blocked ? (
          <p role="note" className="rounded-md border bg-muted px-3 py-2 text-sm" data-testid="delete-blocked">
            {blocked}
          </p>
        ) : moveTargets ? (
          <FormField label={props.moveLabel ?? "Move them to"} required error={error ?? undefined}>
            {(control) => (
              <Select value={moveTo} onValueChange={(value) => (setMoveTo(value), setError(null))}>
                <SelectTrigger {...control} data-testid="move-to-status">
                  <SelectValue placeholder="Choose a status">{chosenText(moveTargets, moveTo)}</SelectValue>
                </SelectTrigger>
                <SelectContent>
                  {moveTargets.map((group) => (
                    <SelectGroup key={group.label}>
                      {moveTargets.length > 1 ? <SelectLabel>{group.label}</SelectLabel> : null}
                      {group.statuses.map((s) => (
                        <SelectItem key={s.id} value={s.id}>
                          {s.label}
                        </SelectItem>
                      ))}
                    </SelectGroup>
                  ))}
                </SelectContent>
              </Select>
            )}
          </FormField>
        ) : null}
        <DialogFooter>
          <Button variant="outline" onClick={() => change(false)} disabled={pending}>
            {blocked ? "Close" : "Cancel"}
          </Button>
          {blocked ? null : (
            <Button variant="destructive" onClick={confirm} disabled={pending} data-testid="confirm-delete">
              {pending ? "Deleting…" : props.confirmLabel}
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

/** The chosen status as the closed select shows it: "Pipeline: Status" when there are several pipelines. */
function chosenText(groups: MoveTargetGroup[], id: string): string | undefined {
  for (const group of groups) {
    const status = group.statuses.find((s) => s.id === id);
    if (status) return groups.length > 1 ? `${group.label}: ${status.label}` : status.label;
  }
  return undefined;
}
