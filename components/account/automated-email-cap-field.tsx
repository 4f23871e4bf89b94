"use client";
// The mail-loop cap: how many automated emails one contact may get per hour (lib/mail/loop-guard.ts).
import type { UseFormReturn } from "react-hook-form";
import type { TAccountSettings } from "@/lib/account/schemas";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { errorAt } from "@/components/automate/status-actions/editors/fields";

export function AutomatedEmailCapField({ form }: { form: UseFormReturn<TAccountSettings> }) {
  return (
    <FormField
      label="Automated emails per contact per hour"
      required
      error={errorAt(form, "automatedEmailsPerContactHour")}
      description="Ticket received, status action and workflow emails beyond this are skipped (and the ticket's timeline says so), so an auto-responder cannot start a mail loop. 0 sends none."
    >
      <Input
        type="number"
        inputMode="numeric"
        min={0}
        max={1000}
        step={1}
        className="w-32"
        {...form.register("automatedEmailsPerContactHour", { valueAsNumber: true })}
      />
    </FormField>
  );
}
