"use client";
// Enrollment filters (issue 6 §2) in the engine's shape (lib/automation EnrollmentFilter): a
// property (source, priority, owner), an operator and — unless "is known/unknown" — one value or
// several. "Source is Chat" (or Messenger) opts those tickets in (SPEC §5). The schema is the
// server's (ZEnrollmentFilterInput), so the same rules answer in the browser and on the server.
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/automate/status-actions/editors/fields";
import {
  PropertyValueField,
  valueChoices,
  type ValueKind,
} from "@/components/automate/status-actions/editors/property-value";
import type { EditorContext } from "@/lib/workflows/action-types/editor-types";
import {
  FILTER_OPERATORS,
  FILTER_PROPERTIES,
  MANY_VALUES,
  ONE_VALUE,
  type FilterOperator,
} from "@/lib/workflows/enrollment-filter-schema";
import { FILTER_OPERATOR_LABEL, FILTER_PROPERTY_LABEL } from "@/lib/workflows/describe-filter";
import type { TWorkflowSettings } from "@/lib/workflows/editor/schemas";
import { ValueChecklist } from "./value-checklist";

const KIND: Record<(typeof FILTER_PROPERTIES)[number], ValueKind> = {
  source: "source",
  priority: "priority",
  ownerId: "user",
};
const PROPERTY_CHOICES = FILTER_PROPERTIES.map((p) => ({ value: p, label: FILTER_PROPERTY_LABEL[p] }));
const OPERATOR_CHOICES = FILTER_OPERATORS.map((o) => ({ value: o, label: FILTER_OPERATOR_LABEL[o] }));

/** The value that fits an operator: keeps what it can when the operator changes. */
function valueFor(operator: FilterOperator, current: unknown): string | string[] | null {
  const list = Array.isArray(current) ? (current as string[]) : typeof current === "string" && current ? [current] : [];
  if (ONE_VALUE.includes(operator)) return list[0] ?? "";
  if (MANY_VALUES.includes(operator)) return list;
  return null;
}

interface EnrollmentFiltersFieldProps {
  form: UseFormReturn<TWorkflowSettings>;
  /** The account's users (ticket owner) — the action editors' pick lists. */
  context: EditorContext;
}

export function EnrollmentFiltersField({ form, context }: EnrollmentFiltersFieldProps) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "enrollmentFilters" });
  const filters = form.watch("enrollmentFilters");
  const set = (path: `enrollmentFilters.${number}.value`, value: unknown) =>
    form.setValue(path, value as never, { shouldDirty: true });
  return (
    <fieldset className="grid gap-2">
      <legend className="text-sm font-medium">Enrollment filters: only tickets where…</legend>
      <p className="text-xs text-muted-foreground">
        All filters must match. Chat and Facebook Messenger tickets are left out unless a filter names their source
        (“Source is Chat”).
      </p>
      {fields.map((field, i) => {
        const filter = filters[i];
        const kind = KIND[filter?.property ?? "source"];
        const path = `enrollmentFilters.${i}` as const;
        return (
          <fieldset
            key={field.id}
            className="grid gap-2 rounded-md border bg-muted/30 p-3 sm:grid-cols-[1fr_1fr_auto]"
            data-testid="enrollment-filter"
          >
            <legend className="sr-only">Filter {i + 1}</legend>
            <SelectField
              form={form}
              name={`${path}.property`}
              label="Property"
              choices={PROPERTY_CHOICES}
              onChosen={() => set(`${path}.value`, valueFor(filter?.operator ?? "is", null))}
            />
            <SelectField
              form={form}
              name={`${path}.operator`}
              label="Operator"
              choices={OPERATOR_CHOICES}
              onChosen={(operator) => set(`${path}.value`, valueFor(operator as FilterOperator, filter?.value))}
            />
            <Button
              type="button"
              variant="ghost"
              size="sm"
              className="justify-self-start sm:self-end"
              aria-label={`Remove filter ${i + 1}`}
              onClick={() => remove(i)}
            >
              <Trash2 aria-hidden />
              <span className="sm:hidden">Remove filter</span>
            </Button>
            {filter && ONE_VALUE.includes(filter.operator) ? (
              <PropertyValueField
                key={`${filter.property}-one`}
                form={form}
                name={`${path}.value`}
                kind={kind}
                context={context}
                label="Value"
              />
            ) : null}
            {filter && MANY_VALUES.includes(filter.operator) ? (
              <div className="sm:col-span-3">
                <ValueChecklist
                  key={filter.property}
                  form={form}
                  name={`${path}.value`}
                  label="Values"
                  choices={valueChoices(kind, context) ?? []}
                />
              </div>
            ) : null}
          </fieldset>
        );
      })}
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="justify-self-start"
        onClick={() => append({ property: "source", operator: "is", value: "CHAT" })}
      >
        <Plus aria-hidden /> Add filter
      </Button>
    </fieldset>
  );
}
