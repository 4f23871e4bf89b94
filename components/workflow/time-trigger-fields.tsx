"use client";
// The time triggers' fields (SPEC §9): "in the status for" an amount and unit, counted in business
// hours or around the clock; or which SLA target is due soon / overdue.
import type { UseFormReturn } from "react-hook-form";
import { SelectField, TextField } from "@/components/automate/status-actions/editors/fields";
import type { TWorkflowSettings } from "@/lib/workflows/editor/schemas";
import { SLA_TARGET_LABEL, SLA_TARGETS, WAIT_UNITS } from "@/lib/workflows/time-trigger-schema";
import { CheckField } from "./check-field";

const UNIT_LABEL = { minutes: "Minutes", hours: "Hours", days: "Days" } as const;

export function TimeTriggerFields({ form, trigger }: { form: UseFormReturn<TWorkflowSettings>; trigger: string }) {
  if (trigger === "STATUS_DURATION") {
    return (
      <div className="grid gap-3">
        <div className="grid grid-cols-[minmax(0,8rem)_minmax(0,10rem)] gap-3">
          <TextField form={form} name="wait.amount" label="For at least" type="number" required />
          <SelectField
            form={form}
            name="wait.unit"
            label="Unit"
            choices={WAIT_UNITS.map((unit) => ({ value: unit, label: UNIT_LABEL[unit] }))}
          />
        </div>
        <CheckField
          form={form}
          name="businessHours"
          label="Count only business hours"
          description="Counted in the account's opening hours (Settings > Account > Business hours)."
        />
      </div>
    );
  }
  if (trigger === "SLA_DUE_SOON" || trigger === "SLA_OVERDUE") {
    return (
      <SelectField
        form={form}
        name="slaTarget"
        label="SLA target"
        description={
          trigger === "SLA_DUE_SOON"
            ? "Enrolls the ticket when the last 20 % of the target's time begins."
            : "Enrolls the ticket when the target passes unmet."
        }
        choices={SLA_TARGETS.map((target) => ({ value: target, label: SLA_TARGET_LABEL[target] }))}
      />
    );
  }
  return null;
}
