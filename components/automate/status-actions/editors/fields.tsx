"use client";
// Form fields bound to react-hook-form by name, with the error beside the field.
import { Controller, get, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

interface BaseProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  required?: boolean;
  description?: React.ReactNode;
}

export function errorAt<T extends FieldValues>(form: UseFormReturn<T>, name: string): string | undefined {
  return (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
}

export function TextField<T extends FieldValues>({
  form,
  name,
  label,
  required,
  description,
  multiline,
  type,
}: BaseProps<T> & { multiline?: boolean; type?: string }) {
  const Control = multiline ? Textarea : Input;
  return (
    <FormField label={label} required={required} description={description} error={errorAt(form, name)}>
      <Control {...form.register(name)} {...(multiline ? { rows: 6 } : { type })} />
    </FormField>
  );
}

export interface Choice {
  value: string;
  label: string;
}

type SelectFieldProps<T extends FieldValues> = BaseProps<T> & {
  choices: Choice[];
  placeholder?: string;
  /** The form holds a number (e.g. a weekday); the select shows its string. */
  numeric?: boolean;
  /** Called after the user picks a value (e.g. to reset a dependent field). */
  onChosen?: (value: string) => void;
};

export function SelectField<T extends FieldValues>({
  form,
  name,
  label,
  required,
  description,
  choices,
  placeholder = "Choose…",
  numeric,
  onChosen,
}: SelectFieldProps<T>) {
  return (
    <FormField label={label} required={required} description={description} error={errorAt(form, name)}>
      {(control) => (
        <Controller
          control={form.control}
          name={name}
          render={({ field }) => (
            <Select
              value={field.value === undefined || field.value === null ? "" : String(field.value)}
              onValueChange={(value) => {
                field.onChange(numeric ? Number(value) : value);
                onChosen?.(value);
              }}
              disabled={field.disabled}
            >
              <SelectTrigger {...control} onBlur={field.onBlur} ref={field.ref}>
                <SelectValue placeholder={placeholder} />
              </SelectTrigger>
              <SelectContent>
                {choices.map((c) => (
                  <SelectItem key={c.value} value={c.value}>
                    {c.label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        />
      )}
    </FormField>
  );
}
