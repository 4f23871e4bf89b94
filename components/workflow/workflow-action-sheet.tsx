"use client";
// The side panel of the workflow editor: the Automate tab's panel body (form, editors and the
// "Edit" → "Save email" email editor), saving through the editor's own add/update operations.
import { useRef, useState } from "react";
import { focusBubbleWhenShown } from "@/components/automate/status-actions/focus-bubble";
import { WebhookSecretDialog } from "@/components/webhooks/webhook-secret-dialog";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { fromStoredAction } from "@/lib/workflows/action-types/stored-action";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { ActionPanelBody } from "@/components/automate/status-actions/action-panel-body";
import { editorFor } from "@/lib/workflows/action-types/editors";
import { useStatusActionOptions } from "@/components/automate/status-actions/use-status-actions";
import { useWorkflowMutations } from "./use-workflow-editor";
import { panelOpener } from "@/components/automate/status-actions/panel-opener";
import { addKeyOf, type WorkflowPanel } from "./types";

interface WorkflowActionSheetProps {
  panel: WorkflowPanel | null;
  onClose: () => void;
  workflowId: string;
  version: number;
  pipelineId: string;
  statuses: { id: string; label: string }[];
  readOnly: boolean;
}

const initialOf = (panel: WorkflowPanel): TAction =>
  panel.kind === "edit" ? fromStoredAction(panel.action.type, panel.action.config) : editorFor(panel.type).defaults();

const keyOf = (panel: WorkflowPanel) =>
  panel.kind === "edit"
    ? panel.action.id
    : `add-${panel.slot.parentActionId}-${panel.slot.branchKey}-${panel.index}-${panel.type}`;

export function WorkflowActionSheet({
  panel,
  onClose,
  workflowId,
  version,
  pipelineId,
  statuses,
  readOnly,
}: WorkflowActionSheetProps) {
  const last = useRef<WorkflowPanel | null>(null);
  if (panel) last.current = panel;
  const shown = panel ?? last.current;
  const options = useStatusActionOptions(shown !== null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  // A new webhook's signing secret, shown once after the panel closes.
  const [webhookSecret, setWebhookSecret] = useState<string | null>(null);
  const savedActionId = useRef<string | null>(null);
  const { add, update } = useWorkflowMutations();
  const secretDialog = (
    <WebhookSecretDialog
      secret={webhookSecret}
      onDone={() => setWebhookSecret(null)}
      // Back to the saved webhook's bubble (the panel that saved it is closed).
      returnFocusTo={() => document.querySelector<HTMLElement>(`[data-action-id="${savedActionId.current}"]`)}
    />
  );
  if (!shown) return secretDialog;
  const initial = initialOf(shown);
  const editingEmail = templateId !== null && options.data?.templates.some((t) => t.id === templateId);
  const close = () => {
    setTemplateId(null);
    onClose();
  };
  const returnFocusTo = () =>
    shown.kind === "edit"
      ? panelOpener(shown.action.id, "")
      : panelOpener(savedActionId.current, addKeyOf(shown.slot, shown.index));

  async function save(action: TAction) {
    savedActionId.current = null;
    let saved: { actionId: string; webhookSecret?: string } | undefined;
    if (shown?.kind === "add")
      saved = await add.mutateAsync({
        workflowId,
        expectedVersion: version,
        ...shown.slot,
        index: shown.index,
        action,
      });
    else if (shown)
      saved = await update.mutateAsync({ workflowId, expectedVersion: version, actionId: shown.action.id, action });
    close();
    savedActionId.current = saved?.actionId ?? null;
    // Focus goes to the saved bubble once it shows (a new one renders a moment after the answer).
    if (!saved?.webhookSecret) focusBubbleWhenShown(saved?.actionId);
    if (saved?.webhookSecret) setWebhookSecret(saved.webhookSecret);
  }

  return (
    <>
      <Sheet open={panel !== null} onOpenChange={(open) => !open && close()}>
        <SheetContent className="sm:max-w-[480px]" data-testid="action-sheet" returnFocusTo={returnFocusTo}>
          <SheetHeader>
            <SheetTitle>
              {editingEmail
                ? "Edit email"
                : shown.kind === "add"
                  ? `Add action: ${editorFor(initial.type).label}`
                  : editorFor(initial.type).label}
            </SheetTitle>
            <SheetDescription>{readOnly ? "Read-only" : "Runs in this workflow's chain"}</SheetDescription>
          </SheetHeader>
          <ActionPanelBody
            options={options}
            actionId={shown.kind === "edit" ? shown.action.id : null}
            formKey={keyOf(shown)}
            initial={initial}
            statuses={statuses}
            readOnly={readOnly}
            submitLabel={shown.kind === "add" ? "Add action" : "Save"}
            onSave={save}
            pipelineId={pipelineId}
            templateId={templateId}
            onTemplate={setTemplateId}
          />
        </SheetContent>
      </Sheet>
      {secretDialog}
    </>
  );
}
