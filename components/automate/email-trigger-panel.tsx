"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { setEmailTriggerAction } from "@/lib/automate/settings-actions";
import { ZSetEmailTrigger, EMAIL_TRIGGER_LABEL, type TSetEmailTrigger } from "@/lib/automate/schemas";
import { Button } from "@/components/ui/button";
import {
  Sheet,
  SheetBody,
  SheetContent,
  SheetDescription,
  SheetFooter,
  SheetHeader,
  SheetTitle,
} from "@/components/ui/sheet";
import { SelectField } from "@/components/automate/status-actions/editors/fields";
import { runAction, showFieldIssues } from "@/components/forms/run-action";

interface EmailTriggerPanelProps {
  /** What the panel edits; the form starts from it each time the panel opens. */
  value: TSetEmailTrigger | null;
  statuses: { id: string; label: string }[];
  onClose: () => void;
  onSaved: (version: number) => void;
  returnFocusTo: () => HTMLElement | null;
}

/** SPEC §4 "Edit action": the side panel with the status a trigger moves the ticket to. */
export function EmailTriggerPanel({ value, statuses, onClose, onSaved, returnFocusTo }: EmailTriggerPanelProps) {
  return (
    <Sheet open={value !== null} onOpenChange={(open) => !open && onClose()}>
      <SheetContent data-testid="email-trigger-panel" returnFocusTo={returnFocusTo}>
        {value ? (
          <TriggerForm key={value.trigger} value={value} statuses={statuses} onClose={onClose} onSaved={onSaved} />
        ) : null}
      </SheetContent>
    </Sheet>
  );
}

function TriggerForm({
  value,
  statuses,
  onClose,
  onSaved,
}: Omit<EmailTriggerPanelProps, "value" | "returnFocusTo"> & { value: TSetEmailTrigger }) {
  const form = useForm<TSetEmailTrigger>({ resolver: zodResolver(ZSetEmailTrigger), defaultValues: value });
  const onSubmit = form.handleSubmit(async (input) => {
    const result = await runAction(() => setEmailTriggerAction(input), "Action saved.");
    if (result.ok) {
      onSaved(result.data.version);
      onClose();
    } else {
      // The server names the trigger ("emailSentTrigger.statusId"); the form's field is setting.statusId.
      showFieldIssues(form, result.error.issues, (path) => (path.at(-1) === "statusId" ? "setting.statusId" : null));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex h-full flex-col" aria-label="Edit action">
      <SheetHeader>
        <SheetTitle>Edit action</SheetTitle>
        <SheetDescription>
          When &ldquo;{EMAIL_TRIGGER_LABEL[value.trigger].toLowerCase()}&rdquo;, set the ticket status.
        </SheetDescription>
      </SheetHeader>
      <SheetBody>
        <SelectField
          form={form}
          name="setting.statusId"
          label="Select status"
          required
          placeholder="Choose a status"
          choices={statuses.map((s) => ({ value: s.id, label: s.label }))}
          description="The ticket moves to this status when the trigger fires."
        />
      </SheetBody>
      <SheetFooter>
        <Button variant="outline" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : "Save"}
        </Button>
      </SheetFooter>
    </form>
  );
}
