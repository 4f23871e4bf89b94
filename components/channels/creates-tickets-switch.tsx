"use client";
// "Create tickets from new conversations" saves the moment it is flipped, like every switch on
// the Automate tab: the saved pipeline, status and owner go with it (unsaved edits of those stay
// in the form for its Save), and a refusal puts the switch back and says why beside the fields.
import { useTransition } from "react";
import { Controller, type UseFormReturn } from "react-hook-form";
import { updateChannelAction } from "@/lib/channels/actions";
import type { TChannelSettings } from "@/lib/channels/schemas";
import { Switch } from "@/components/ui/switch";
import { runAction, showFieldIssues } from "@/components/forms/run-action";

export function CreatesTicketsSwitch({ form }: { form: UseFormReturn<TChannelSettings> }) {
  const [saving, startSaving] = useTransition();
  const flip = (on: boolean) =>
    startSaving(async () => {
      const saved = form.formState.defaultValues as TChannelSettings;
      form.setValue("createsTickets", on);
      const result = await runAction(
        () => updateChannelAction({ ...saved, createsTickets: on }),
        on ? "Ticket creation turned on." : "Ticket creation turned off.",
      );
      if (result.ok) {
        const next = { ...saved, createsTickets: on, expectedVersion: result.data.version };
        form.reset(next, { keepDirtyValues: true });
      } else {
        form.setValue("createsTickets", !on);
        showFieldIssues(form, result.error.issues);
      }
    });
  return (
    <Controller
      control={form.control}
      name="createsTickets"
      render={({ field }) => (
        <div className="flex items-center justify-between gap-4 rounded-md border px-4 py-3">
          <label htmlFor="creates-tickets" className="text-sm font-medium">
            Create tickets from new conversations
          </label>
          <Switch
            id="creates-tickets"
            checked={field.value}
            // Not disabled while saving: a disabled switch would drop keyboard focus to <body>.
            onCheckedChange={(on) => !saving && flip(on)}
            disabled={field.disabled}
            aria-busy={saving || undefined}
          />
        </div>
      )}
    />
  );
}
