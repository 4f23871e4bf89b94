"use client";
// A Select over a short fixed list (a role, a ticket state): options in, value out.
import type { ComponentProps } from "react";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

export interface Option<T extends string> {
  value: T;
  label: string;
}

type TriggerProps = Omit<ComponentProps<typeof SelectTrigger>, "children">;

interface OptionSelectProps<T extends string> extends TriggerProps {
  value: T;
  options: readonly Option<T>[];
  onValueChange: (value: T) => void;
}

export function OptionSelect<T extends string>({
  value,
  options,
  onValueChange,
  disabled,
  ...trigger
}: OptionSelectProps<T>) {
  return (
    <Select value={value} onValueChange={(next) => onValueChange(next as T)} disabled={disabled}>
      <SelectTrigger {...trigger}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {options.map((o) => (
          <SelectItem key={o.value} value={o.value}>
            {o.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

/** Options from a list of values and their labels. */
export const optionsOf = <T extends string>(values: readonly T[], labels: Record<T, string>): Option<T>[] =>
  values.map((value) => ({ value, label: labels[value] }));
