"use client";
// One day of the week on the Business hours form: its opening ranges (several a day), or closed.
import { Plus } from "lucide-react";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { errorAt } from "@/components/automate/status-actions/editors/fields";
import { WEEK_DAY_LABEL, type WeekDay } from "@/lib/business-hours/week";
import type { BusinessHoursValues } from "./form-values";
import { RemoveRowButton, RowError } from "./row-controls";

interface DayRangesFieldProps {
  form: UseFormReturn<BusinessHoursValues>;
  day: WeekDay;
  disabled: boolean;
}

export function DayRangesField({ form, day, disabled }: DayRangesFieldProps) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: `week.${day}` });
  const label = WEEK_DAY_LABEL[day];
  return (
    <fieldset className="grid gap-2 border-b py-3 last:border-b-0 sm:grid-cols-[8rem_minmax(0,1fr)]">
      <legend className="float-left pt-2 text-sm font-medium">{label}</legend>
      <div className="grid gap-2">
        {fields.length === 0 ? <p className="pt-2 text-sm text-muted-foreground">Closed</p> : null}
        {fields.map((field, index) => {
          const startError = errorAt(form, `week.${day}.${index}.start`);
          const endError = errorAt(form, `week.${day}.${index}.end`);
          const errorId = `hours-${day}-${index}-error`;
          return (
            <div key={field.id} className="grid gap-1">
              <div className="flex items-center gap-2">
                <Input
                  {...form.register(`week.${day}.${index}.start`)}
                  aria-label={`${label}, range ${index + 1}: opens`}
                  aria-invalid={startError ? true : undefined}
                  aria-describedby={startError || endError ? errorId : undefined}
                  placeholder="09:00"
                  inputMode="numeric"
                  className="w-24"
                />
                <span aria-hidden>–</span>
                <Input
                  {...form.register(`week.${day}.${index}.end`)}
                  aria-label={`${label}, range ${index + 1}: closes`}
                  aria-invalid={endError ? true : undefined}
                  aria-describedby={startError || endError ? errorId : undefined}
                  placeholder="17:00"
                  inputMode="numeric"
                  className="w-24"
                />
                <RemoveRowButton
                  label={`Remove ${label} range ${index + 1}`}
                  disabled={disabled}
                  onClick={() => remove(index)}
                />
              </div>
              <RowError id={errorId} message={[startError, endError].filter(Boolean).join(" · ") || undefined} />
            </div>
          );
        })}
        <div>
          <Button
            type="button"
            variant="outline"
            size="sm"
            disabled={disabled}
            onClick={() => append({ start: "09:00", end: "17:00" }, { shouldFocus: true })}
          >
            <Plus aria-hidden /> Add hours<span className="sr-only"> on {label}</span>
          </Button>
        </div>
      </div>
    </fieldset>
  );
}
