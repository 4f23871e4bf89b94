"use client";
// The right-hand side panel: add or edit one action (SPEC §5 "click a bubble to edit it in the
// right panel"); a Send email action can switch it to its email's editor and back (ActionPanelBody).
import { useRef, useState } from "react";
import { focusBubbleWhenShown } from "./focus-bubble";
import { WebhookSecretDialog } from "@/components/webhooks/webhook-secret-dialog";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { fromStoredAction } from "@/lib/workflows/action-types/stored-action";
import { ActionPanelBody } from "./action-panel-body";
import { panelOpener } from "./panel-opener";
import { editorFor } from "@/lib/workflows/action-types/editors";
import { useChainMutations, useStatusActionOptions } from "./use-status-actions";
import type { PanelState } from "./types";
import type { TAction } from "@/lib/workflows/action-types/registry";

interface ActionSheetProps {
  panel: PanelState | null;
  onClose: () => void;
  statuses: { id: string; label: string }[];
  readOnly: boolean;
  /** Why the panel is read-only, shown in it (the page's notice is behind the panel). */
  readOnlyReason: string;
}

const initialOf = (panel: PanelState): TAction =>
  panel.kind === "edit" ? fromStoredAction(panel.action.type, panel.action.config) : editorFor(panel.type).defaults();

export function ActionSheet({ panel, onClose, statuses, readOnly, readOnlyReason }: ActionSheetProps) {
  // Keep showing the last panel while the sheet animates closed.
  const last = useRef<PanelState | null>(null);
  if (panel) last.current = panel;
  const shown = panel ?? last.current;
  const options = useStatusActionOptions(shown !== null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  // A new webhook's signing secret, shown once after the panel closes.
  const [webhookSecret, setWebhookSecret] = useState<string | null>(null);
  const savedActionId = useRef<string | null>(null);
  const { add, update } = useChainMutations();
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
  const { label } = editorFor(initial.type);
  const { chain } = shown;
  const template = options.data?.templates.find((t) => t.id === templateId);
  const close = () => {
    setTemplateId(null);
    onClose();
  };
  const returnFocusTo = () =>
    panelOpener(shown.kind === "edit" ? shown.action.id : savedActionId.current, chain.statusId);

  async function save(action: TAction) {
    savedActionId.current = null;
    let saved: { actionId: string; webhookSecret?: string } | undefined;
    if (shown?.kind === "add") {
      saved = await add.mutateAsync({
        pipelineId: chain.pipelineId,
        statusId: chain.statusId,
        expectedVersion: chain.version,
        action,
      });
    } else if (shown) {
      saved = await update.mutateAsync({ actionId: shown.action.id, expectedVersion: chain.version, action });
    }
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
            <SheetTitle>{template ? "Edit email" : shown.kind === "add" ? `Add action: ${label}` : label}</SheetTitle>
            <SheetDescription>When a ticket reaches “{chain.statusLabel}”</SheetDescription>
            {readOnly && readOnlyReason ? (
              <p className="text-xs text-muted-foreground" data-testid="sheet-readonly-reason">
                {readOnlyReason}
              </p>
            ) : null}
          </SheetHeader>
          <ActionPanelBody
            options={options}
            actionId={shown.kind === "edit" ? shown.action.id : null}
            formKey={shown.kind === "edit" ? shown.action.id : `add-${chain.statusId}-${shown.type}`}
            initial={initial}
            statuses={statuses}
            readOnly={readOnly}
            submitLabel={shown.kind === "add" ? "Add action" : "Save"}
            onSave={save}
            pipelineId={chain.pipelineId}
            templateId={templateId}
            onTemplate={setTemplateId}
          />
        </SheetContent>
      </Sheet>
      {secretDialog}
    </>
  );
}
