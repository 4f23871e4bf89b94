"use client";

import { useOptimistic, useRef, useState, useTransition } from "react";
import dynamic from "next/dynamic";
import { ArrowRight } from "lucide-react";
import { setEmailTriggerAction } from "@/lib/automate/settings-actions";
import type { PipelineAutomationSettings } from "@/lib/automation/types";
import { EMAIL_TRIGGER_LABEL, EMAIL_TRIGGERS, type EmailTriggerKey } from "@/lib/automate/email-triggers";
import type { TSetEmailTrigger } from "@/lib/automate/schemas";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { runAction } from "@/components/forms/run-action";
import { useAutomationVersion } from "./automation-version";
import { useOpenedOnce } from "@/components/ui/use-opened-once";
import { WorkflowEditorLink } from "./workflow-editor-link";

// The side panel loads when it first opens (issue 15 item 8).
const EmailTriggerPanel = dynamic(() => import("./email-trigger-panel").then((m) => m.EmailTriggerPanel), {
  ssr: false,
});

interface EmailTriggerRowsProps {
  pipelineId: string;
  settings: PipelineAutomationSettings;
  statuses: { id: string; label: string }[];
  workflowIds: Record<EmailTriggerKey, string>;
  /** Role or plan: the rows show, but nothing can be changed. */
  locked: boolean;
  /** SPEC §6: the plan includes the workflow editor ("View workflow"). */
  editorAllowed: boolean;
}

/** SPEC §4 "Update ticket status": a checkbox and target status per trigger, saved at once. */
export function EmailTriggerRows(props: EmailTriggerRowsProps) {
  const { pipelineId, settings, statuses, workflowIds, locked, editorAllowed } = props;
  const { version, saved } = useAutomationVersion();
  const [shown, setShown] = useOptimistic(settings);
  const [pending, startTransition] = useTransition();
  const [editing, setEditing] = useState<TSetEmailTrigger | null>(null);
  const panelWanted = useOpenedOnce(editing !== null);
  // The "Edit action" button or the checkbox that opened the panel: focus goes back there.
  const opener = useRef<HTMLElement | null>(null);
  const statusLabel = (id: string | null) => statuses.find((s) => s.id === id)?.label;
  const edit = (trigger: EmailTriggerKey, enabled = shown[trigger].enabled) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing({
      pipelineId,
      expectedVersion: version,
      trigger,
      setting: { enabled, statusId: shown[trigger].statusId },
    });
  };

  function toggle(trigger: EmailTriggerKey, enabled: boolean) {
    const { statusId } = shown[trigger];
    // Turning a trigger on needs a status to move to: ask for it in the panel.
    if (enabled && !statusId) return edit(trigger, true);
    startTransition(async () => {
      setShown({ ...shown, [trigger]: { enabled, statusId } });
      const result = await runAction(
        () => setEmailTriggerAction({ pipelineId, expectedVersion: version, trigger, setting: { enabled, statusId } }),
        `"${EMAIL_TRIGGER_LABEL[trigger]}" turned ${enabled ? "on" : "off"}.`,
      );
      if (result.ok) saved(result.data.version);
    });
  }

  return (
    <div className="rounded-md border">
      <div className="border-b px-4 py-3">
        <h3 className="text-sm font-semibold">Update ticket status</h3>
        <p className="text-sm text-muted-foreground">
          Move the ticket to a status when an email is sent or answered on it.
        </p>
      </div>
      <ul className="divide-y">
        {EMAIL_TRIGGERS.map((trigger) => (
          <li
            key={trigger}
            data-testid={`trigger-${trigger}`}
            className="group flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 hover:bg-muted/50"
          >
            <Checkbox
              id={trigger}
              checked={shown[trigger].enabled}
              onCheckedChange={(c) => toggle(trigger, c === true)}
              disabled={locked || pending}
            />
            <label htmlFor={trigger} className="text-sm font-medium">
              {EMAIL_TRIGGER_LABEL[trigger]}
            </label>
            <span className="flex items-center gap-1.5 text-sm text-muted-foreground" data-testid="trigger-target">
              <ArrowRight aria-hidden className="size-3.5" /> Set ticket status to
              <Badge variant="outline">{statusLabel(shown[trigger].statusId) ?? "not chosen"}</Badge>
            </span>
            <span className="flex w-full gap-1 transition-opacity sm:ml-auto sm:w-auto md:opacity-0 md:group-hover:opacity-100 md:group-focus-within:opacity-100">
              <Button
                variant="outline"
                size="sm"
                onClick={() => edit(trigger)}
                disabled={locked}
                aria-label={`Edit action: ${EMAIL_TRIGGER_LABEL[trigger]}`}
              >
                Edit action
              </Button>
              <WorkflowEditorLink
                workflowId={workflowIds[trigger]}
                allowed={editorAllowed}
                label={`View workflow: ${EMAIL_TRIGGER_LABEL[trigger]}`}
                className={buttonVariants({ variant: "ghost", size: "sm" })}
              >
                View workflow
              </WorkflowEditorLink>
            </span>
          </li>
        ))}
      </ul>
      {panelWanted ? (
        <EmailTriggerPanel
          value={editing}
          statuses={statuses}
          onClose={() => setEditing(null)}
          onSaved={saved}
          returnFocusTo={() => opener.current}
        />
      ) : null}
    </div>
  );
}
