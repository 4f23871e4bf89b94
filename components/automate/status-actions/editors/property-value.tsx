"use client";
// The value control for a ticket property: a select of its allowed values, or free text/date.
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { EditorContext } from "@/lib/workflows/action-types/editor-types";
import { errorAt, type Choice } from "./fields";
import { valueLabel } from "@/lib/workflows/describe-filter";

export type ValueKind = "priority" | "source" | "status" | "user" | "text" | "date";

/** Every ticket property an action names, by the name the action config uses for it. */
export const TICKET_PROPERTIES: Record<string, { label: string; kind: ValueKind }> = {
  status: { label: "Ticket status", kind: "status" },
  statusId: { label: "Ticket status", kind: "status" },
  owner: { label: "Ticket owner", kind: "user" },
  ownerId: { label: "Ticket owner", kind: "user" },
  priority: { label: "Priority", kind: "priority" },
  source: { label: "Source", kind: "source" },
  subject: { label: "Ticket name", kind: "text" },
  description: { label: "Description", kind: "text" },
  closeDate: { label: "Close date", kind: "date" },
  contactId: { label: "Contact", kind: "text" },
};

export const propertyChoices = (names: readonly string[]): Choice[] =>
  names.map((name) => ({ value: name, label: TICKET_PROPERTIES[name]?.label ?? name }));

export const valueKindOf = (name: string): ValueKind => TICKET_PROPERTIES[name]?.kind ?? "text";

const PRIORITIES = ["LOW", "MEDIUM", "HIGH", "URGENT"];
const SOURCES = ["EMAIL", "CHAT", "FORM", "MESSENGER", "WHATSAPP", "PHONE", "API", "MANUAL"];

const CHOICES: Record<ValueKind, (context: EditorContext) => Choice[] | null> = {
  priority: () => PRIORITIES.map((v) => ({ value: v, label: valueLabel(v) })),
  source: () => SOURCES.map((v) => ({ value: v, label: valueLabel(v) })),
  status: (c) => c.statuses.map((s) => ({ value: s.id, label: s.label })),
  user: (c) => c.options.users.map((u) => ({ value: u.id, label: u.name })),
  text: () => null,
  date: () => null,
};

/** The values a property of this kind can take, or null for free text/date. */
export const valueChoices = (kind: ValueKind, context: EditorContext): Choice[] | null => CHOICES[kind](context);

interface PropertyValueFieldProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  kind: ValueKind;
  context: EditorContext;
  label?: string;
}

export function PropertyValueField<T extends FieldValues>({
  form,
  name,
  kind,
  context,
  label = "Value",
}: PropertyValueFieldProps<T>) {
  const choices = CHOICES[kind](context);
  return (
    <FormField label={label} error={errorAt(form, name)}>
      {(control) => (
        <Controller
          control={form.control}
          name={name}
          render={({ field }) => {
            const value = (field.value as string | null | undefined) ?? "";
            return choices ? (
              <Select value={value} onValueChange={field.onChange}>
                <SelectTrigger {...control} ref={field.ref} onBlur={field.onBlur}>
                  <SelectValue placeholder="Choose…" />
                </SelectTrigger>
                <SelectContent>
                  {choices.map((c) => (
                    <SelectItem key={c.value} value={c.value}>
                      {c.label}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            ) : (
              <Input
                {...control}
                ref={field.ref}
                type={kind === "date" ? "date" : "text"}
                value={value}
                onBlur={field.onBlur}
                onChange={field.onChange}
              />
            );
          }}
        />
      )}
    </FormField>
  );
}
