"use client";
// The holidays of the Business hours form: dates in the account's zone when no range opens.
import { Plus } from "lucide-react";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { errorAt } from "@/components/automate/status-actions/editors/fields";
import type { BusinessHoursValues } from "./form-values";
import { RemoveRowButton, RowError } from "./row-controls";

export function HolidaysField({ form, disabled }: { form: UseFormReturn<BusinessHoursValues>; disabled: boolean }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "holidays" });
  return (
    <fieldset className="grid gap-2">
      <legend className="text-base font-semibold">Holidays</legend>
      <p className="text-xs text-muted-foreground">
        No range opens on these dates (a range from the evening before runs on until it closes).
      </p>
      {fields.length === 0 ? <p className="text-sm text-muted-foreground">No holidays.</p> : null}
      <ul className="grid gap-2">
        {fields.map((field, index) => {
          const error = errorAt(form, `holidays.${index}.date`);
          return (
            <li key={field.id} className="grid gap-1">
              <div className="flex items-center gap-2">
                <Input
                  type="date"
                  {...form.register(`holidays.${index}.date`)}
                  aria-label={`Holiday ${index + 1}`}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `holiday-${index}-error` : undefined}
                  className="w-44"
                />
                <RemoveRowButton
                  label={`Remove holiday ${index + 1}`}
                  disabled={disabled}
                  onClick={() => remove(index)}
                />
              </div>
              <RowError id={`holiday-${index}-error`} message={error} />
            </li>
          );
        })}
      </ul>
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={disabled}
          onClick={() => append({ date: "" }, { shouldFocus: true })}
        >
          <Plus aria-hidden /> Add holiday
        </Button>
      </div>
    </fieldset>
  );
}
