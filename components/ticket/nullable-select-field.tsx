"use client";
// A select bound to a nullable form value: a select cannot hold null, so "none" has a value of its own.
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { OptionSelect } from "@/components/forms/option-select";
import { errorAt, type Choice } from "@/components/automate/status-actions/editors/fields";

const NONE = "__none__";

interface NullableSelectFieldProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  noneLabel: string;
  choices: Choice[];
}

export function NullableSelectField<T extends FieldValues>({
  form,
  name,
  label,
  noneLabel,
  choices,
}: NullableSelectFieldProps<T>) {
  return (
    <FormField label={label} error={errorAt(form, name)}>
      {(control) => (
        <Controller
          control={form.control}
          name={name}
          render={({ field }) => (
            <OptionSelect
              {...control}
              ref={field.ref}
              onBlur={field.onBlur}
              disabled={field.disabled}
              value={field.value ?? NONE}
              onValueChange={(v) => field.onChange(v === NONE ? null : v)}
              options={[{ value: NONE, label: noneLabel }, ...choices]}
            />
          )}
        />
      )}
    </FormField>
  );
}
