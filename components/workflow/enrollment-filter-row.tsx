"use client";
// One enrollment filter of a group in the engine's shape (lib/automation EnrollmentFilter): a
// property (source, priority, owner), an operator and — unless "is known/unknown" — one value or
// several. The schema is the server's (ZEnrollmentFilterInput), so the same rules answer in the
// browser and on the server.
import type { UseFormReturn } from "react-hook-form";
import { Trash2 } from "lucide-react";
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

interface EnrollmentFilterRowProps {
  form: UseFormReturn<TWorkflowSettings>;
  context: EditorContext;
  group: number;
  index: number;
  onRemove: () => void;
}

export function EnrollmentFilterRow({ form, context, group, index, onRemove }: EnrollmentFilterRowProps) {
  const path = `enrollmentFilterGroups.${group}.${index}` as const;
  const filter = form.watch(path);
  const kind = KIND[filter?.property ?? "source"];
  const set = (value: unknown) => form.setValue(`${path}.value`, value as never, { shouldDirty: true });
  const name = `filter ${index + 1} of group ${group + 1}`;
  return (
    <fieldset
      className="grid gap-2 rounded-md border bg-background p-3 sm:grid-cols-[1fr_1fr_auto]"
      data-testid="enrollment-filter"
      data-focus-key={`filter-${group}-${index}`}
    >
      <legend className="sr-only">Filter {index + 1}</legend>
      <SelectField
        form={form}
        name={`${path}.property`}
        label="Property"
        choices={PROPERTY_CHOICES}
        onChosen={() => set(valueFor(filter?.operator ?? "is", null))}
      />
      <SelectField
        form={form}
        name={`${path}.operator`}
        label="Operator"
        choices={OPERATOR_CHOICES}
        onChosen={(operator) => set(valueFor(operator as FilterOperator, filter?.value))}
      />
      <Button
        type="button"
        variant="ghost"
        size="sm"
        className="justify-self-start sm:self-end"
        aria-label={`Remove ${name}`}
        onClick={onRemove}
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
}
