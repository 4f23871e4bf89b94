"use client";
// "Is any of" / "is none of" values: one labelled checkbox per allowed value, as a group
// named after the filter, its error announced with it.
import { useId } from "react";
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { errorAt, type Choice } from "@/components/automate/status-actions/editors/fields";

interface ValueChecklistProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  choices: Choice[];
}

export function ValueChecklist<T extends FieldValues>({ form, name, label, choices }: ValueChecklistProps<T>) {
  const id = useId();
  const error = errorAt(form, name) ?? errorAt(form, `${name}.0`);
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => {
        const values = Array.isArray(field.value) ? (field.value as string[]) : [];
        const toggle = (value: string, on: boolean) =>
          field.onChange(on ? [...values, value] : values.filter((v) => v !== value));
        return (
          <fieldset
            className="grid gap-1"
            aria-describedby={error ? `${id}-error` : undefined}
            aria-invalid={error ? true : undefined}
          >
            <legend className="mb-1 text-sm font-medium">{label}</legend>
            <div className="grid max-h-40 grid-cols-2 gap-x-3 gap-y-1 overflow-y-auto rounded-md border p-2">
              {choices.map((c) => (
                <div key={c.value} className="flex items-center gap-2">
                  <Checkbox
                    id={`${id}-${c.value}`}
                    checked={values.includes(c.value)}
                    disabled={field.disabled}
                    onCheckedChange={(on) => toggle(c.value, on === true)}
                  />
                  <label htmlFor={`${id}-${c.value}`} className="text-sm">
                    {c.label}
                  </label>
                </div>
              ))}
            </div>
            {error ? (
              <p id={`${id}-error`} role="alert" className="text-xs font-medium text-destructive">
                {error}
              </p>
            ) : null}
          </fieldset>
        );
      }}
    />
  );
}
