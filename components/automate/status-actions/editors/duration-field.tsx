"use client";
// A number of minutes, entered as an amount and a unit ("2 hours" is stored as 120).
import { useState } from "react";
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { errorAt } from "./fields";

const UNITS = [
  { value: "1", label: "minutes" },
  { value: "60", label: "hours" },
  { value: "1440", label: "days" },
];

const largestUnit = (minutes: unknown) =>
  typeof minutes === "number" && minutes > 0
    ? ([...UNITS].reverse().find((u) => minutes % Number(u.value) === 0)?.value ?? "1")
    : "60";

interface DurationFieldProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  /** Optional durations become undefined when the amount is cleared. */
  optional?: boolean;
}

export function DurationField<T extends FieldValues>({ form, name, label, optional }: DurationFieldProps<T>) {
  const [unit, setUnit] = useState(() => largestUnit(form.getValues(name)));
  return (
    <FormField label={label} required={!optional} error={errorAt(form, name)}>
      {(control) => (
        <Controller
          control={form.control}
          name={name}
          render={({ field }) => {
            const minutes = field.value as number | undefined;
            const amount = typeof minutes === "number" && !Number.isNaN(minutes) ? minutes / Number(unit) : "";
            const emit = (nextAmount: string, nextUnit: string) =>
              field.onChange(
                nextAmount === ""
                  ? optional
                    ? undefined
                    : Number.NaN
                  : Math.round(Number(nextAmount) * Number(nextUnit)),
              );
            return (
              <div className="flex gap-2">
                <Input
                  {...control}
                  ref={field.ref}
                  type="number"
                  min={0}
                  inputMode="numeric"
                  className="w-28"
                  value={amount}
                  onBlur={field.onBlur}
                  onChange={(e) => emit(e.target.value, unit)}
                />
                <Select
                  value={unit}
                  onValueChange={(next) => {
                    setUnit(next);
                    emit(String(amount), next);
                  }}
                >
                  <SelectTrigger aria-label={`${label} unit`} className="w-32">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {UNITS.map((u) => (
                      <SelectItem key={u.value} value={u.value}>
                        {u.label}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              </div>
            );
          }}
        />
      )}
    </FormField>
  );
}
