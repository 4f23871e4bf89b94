"use client";
// The side panel of the workflow editor: the Automate tab's form and editors (one table of
// editors per action type), saving through the editor's own add/update operations.
import { useRef } from "react";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { fromStoredAction } from "@/lib/workflows/stored-action";
import type { TAction } from "@/lib/workflows/action-config";
import { ActionForm } from "@/components/automate/status-actions/action-form";
import { editorFor } from "@/components/automate/status-actions/editors/action-editors";
import { useStatusActionOptions } from "@/components/automate/status-actions/use-status-actions";
import { useWorkflowMutations } from "./use-workflow-editor";
import type { WorkflowPanel } from "./types";

interface WorkflowActionSheetProps {
  panel: WorkflowPanel | null;
  onClose: () => void;
  workflowId: string;
  version: number;
  statuses: { id: string; label: string }[];
  readOnly: boolean;
}

const initialOf = (panel: WorkflowPanel): TAction =>
  panel.kind === "edit" ? fromStoredAction(panel.action.type, panel.action.config) : editorFor(panel.type).defaults();

export function WorkflowActionSheet({ panel, onClose, workflowId, version, statuses, readOnly }: WorkflowActionSheetProps) {
  const last = useRef<WorkflowPanel | null>(null);
  if (panel) last.current = panel;
  const shown = panel ?? last.current;
  const options = useStatusActionOptions(shown !== null);
  const { add, update } = useWorkflowMutations();
  if (!shown) return null;
  const initial = initialOf(shown);

  async function save(action: TAction) {
    if (shown?.kind === "add") await add.mutateAsync({ workflowId, expectedVersion: version, ...shown.slot, index: shown.index, action });
    else if (shown) await update.mutateAsync({ workflowId, expectedVersion: version, actionId: shown.action.id, action });
    onClose();
  }

  return (
    <Sheet open={panel !== null} onOpenChange={(open) => !open && onClose()}>
      <SheetContent className="sm:max-w-[480px]" data-testid="action-sheet">
        <SheetHeader>
          <SheetTitle>{shown.kind === "add" ? `Add action: ${editorFor(initial.type).label}` : editorFor(initial.type).label}</SheetTitle>
          <SheetDescription>{readOnly ? "Read-only" : "Runs in this workflow's chain"}</SheetDescription>
        </SheetHeader>
        {options.data ? (
          <ActionForm
            key={shown.kind === "edit" ? shown.action.id : `add-${shown.slot.parentActionId}-${shown.slot.branchKey}-${shown.index}-${shown.type}`}
            initial={initial}
            context={{ options: options.data, statuses, disabled: readOnly, onEditTemplate: () => undefined }}
            readOnly={readOnly}
            submitLabel={shown.kind === "add" ? "Add action" : "Save"}
            onSave={save}
          />
        ) : (
          <div className="grid gap-3 p-5" aria-busy="true"><Skeleton className="h-9" /><Skeleton className="h-24" /></div>
        )}
      </SheetContent>
    </Sheet>
  );
}
