"use client";
// Enrollment filters (issue 6 §2) in the engine's shape (lib/automation EnrollmentFilter):
// property is / is not a value. "Source is Chat" or "Messenger" opts those tickets in (SPEC §5).
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/automate/status-actions/editors/fields";
import type { TWorkflowSettings } from "@/lib/workflows/editor/schemas";

const SOURCES = ["EMAIL", "CHAT", "FORM", "MESSENGER", "WHATSAPP", "PHONE", "API", "MANUAL"];
const PRIORITIES = ["LOW", "MEDIUM", "HIGH", "URGENT"];
const choices = (values: string[]) => values.map((v) => ({ value: v, label: v.charAt(0) + v.slice(1).toLowerCase() }));

export function EnrollmentFiltersField({ form }: { form: UseFormReturn<TWorkflowSettings> }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "enrollmentFilters" });
  const filters = form.watch("enrollmentFilters");
  return (
    <fieldset className="grid gap-2" aria-label="Enrollment filters">
      <legend className="text-sm font-medium">Only tickets where…</legend>
      <p className="text-xs text-muted-foreground">Chat and Facebook Messenger tickets are left out unless a filter names their source.</p>
      {fields.map((field, i) => {
        const filter = filters[i];
        const simple = filter && (filter.operator === "is" || filter.operator === "is_not");
        return (
          <div key={field.id} className="grid grid-cols-[1fr_1fr_1fr_auto] items-end gap-2" data-testid="enrollment-filter">
            {simple ? (
              <>
                <SelectField form={form} name={`enrollmentFilters.${i}.property`} label="Property" choices={choices(["SOURCE", "PRIORITY"]).map((c) => ({ value: c.value.toLowerCase(), label: c.label }))} onChosen={() => form.setValue(`enrollmentFilters.${i}.value`, "")} />
                <SelectField form={form} name={`enrollmentFilters.${i}.operator`} label="Operator" choices={[{ value: "is", label: "is" }, { value: "is_not", label: "is not" }]} />
                <SelectField form={form} name={`enrollmentFilters.${i}.value`} label="Value" choices={choices(filter.property === "priority" ? PRIORITIES : SOURCES)} />
              </>
            ) : (
              <p className="col-span-3 text-sm">{filter?.property} {filter?.operator.replaceAll("_", " ")} {JSON.stringify(filter?.value ?? "")}</p>
            )}
            <Button type="button" variant="ghost" size="icon" aria-label={`Remove filter ${i + 1}`} onClick={() => remove(i)}><Trash2 aria-hidden /></Button>
          </div>
        );
      })}
      <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => append({ property: "source", operator: "is", value: "CHAT" })}>
        <Plus aria-hidden /> Add filter
      </Button>
    </fieldset>
  );
}
