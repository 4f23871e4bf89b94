"use client";
import { useId } from "react";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";

interface AssigneeChoiceProps<V extends string> {
  legend: string;
  value: V;
  choices: { value: V; label: string }[];
  onChange: (value: V) => void;
}

/** A small radio group choosing what kind of assignee an action has. */
export function AssigneeChoice<V extends string>({ legend, value, choices, onChange }: AssigneeChoiceProps<V>) {
  const id = useId();
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <RadioGroup value={value} onValueChange={(next) => onChange(next as V)} className="grid gap-2">
        {choices.map((c) => (
          <div key={c.value} className="flex items-center gap-2">
            <RadioGroupItem id={`${id}-${c.value}`} value={c.value} />
            <label htmlFor={`${id}-${c.value}`} className="text-sm">
              {c.label}
            </label>
          </div>
        ))}
      </RadioGroup>
    </fieldset>
  );
}
