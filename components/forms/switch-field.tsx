"use client";
// An on/off setting bound to react-hook-form: a switch with its label, explanation and error.
import { useId } from "react";
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { Switch } from "@/components/ui/switch";
import { errorAt } from "@/components/automate/status-actions/editors/fields";

interface SwitchFieldProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  description?: React.ReactNode;
  /** Locked on top of the form's own disabled state (e.g. a setting the account lacks). */
  disabled?: boolean;
}

export function SwitchField<T extends FieldValues>({ form, name, label, description, disabled }: SwitchFieldProps<T>) {
  const id = useId();
  const error = errorAt(form, name);
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean);
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <div className="grid gap-1.5">
          <div className="flex items-start justify-between gap-3">
            <label htmlFor={id} className="text-sm font-medium">
              {label}
            </label>
            <Switch
              id={id}
              ref={field.ref}
              checked={Boolean(field.value)}
              onCheckedChange={field.onChange}
              onBlur={field.onBlur}
              disabled={field.disabled || disabled}
              aria-describedby={describedBy.join(" ") || undefined}
              aria-invalid={error ? true : undefined}
            />
          </div>
          {description ? (
            <p id={`${id}-description`} className="text-xs text-muted-foreground">
              {description}
            </p>
          ) : null}
          {error ? (
            <p id={`${id}-error`} role="alert" className="text-xs font-medium text-destructive">
              {error}
            </p>
          ) : null}
        </div>
      )}
    />
  );
}
