"use client";
// A labelled switch bound to a boolean form field.
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { Switch } from "@/components/ui/switch";
import { Label } from "@/components/ui/label";

interface CheckFieldProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  description?: string;
}

export function CheckField<T extends FieldValues>({ form, name, label, description }: CheckFieldProps<T>) {
  const id = `wf-${name}`;
  return (
    <div className="flex items-start gap-3">
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <Switch id={id} checked={Boolean(field.value)} onCheckedChange={field.onChange} disabled={field.disabled} />
        )}
      />
      <div className="grid gap-0.5">
        <Label htmlFor={id}>{label}</Label>
        {description ? <p className="text-xs text-muted-foreground">{description}</p> : null}
      </div>
    </div>
  );
}
