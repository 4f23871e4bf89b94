"use client";
// One condition of a branch: property, operator and (unless the operator needs none) a value.
import type { UseFormReturn } from "react-hook-form";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ActionOf, EditorContext } from "../editor-types";
import { SelectField } from "@/components/automate/status-actions/editors/fields";
import { ZCondition } from "./schema";
import {
  PropertyValueField,
  propertyChoices,
  valueKindOf,
} from "@/components/automate/status-actions/editors/property-value";

type Branch = ActionOf<"branch">;
type Condition = Branch["branches"][number]["conditions"][number];

const OPERATORS: Record<Condition["operator"], string> = {
  is: "is",
  is_not: "is not",
  contains: "contains",
  is_known: "is known",
  is_unknown: "is unknown",
};
const NEEDS_NO_VALUE: Condition["operator"][] = ["is_known", "is_unknown"];

export const newCondition = (): Condition => ({ property: "priority", operator: "is", value: "HIGH" });

type ConditionPath = `branches.${number}.conditions.${number}`;

export function ConditionRow({
  form,
  path,
  context,
  onRemove,
}: {
  form: UseFormReturn<Branch>;
  path: ConditionPath;
  context: EditorContext;
  onRemove?: () => void;
}) {
  const property = form.watch(`${path}.property`);
  const operator = form.watch(`${path}.operator`);
  return (
    <div className="grid gap-2 rounded-md bg-muted/40 p-2 sm:grid-cols-[1fr_1fr_auto]">
      <SelectField
        form={form}
        name={`${path}.property`}
        label="Property"
        choices={propertyChoices(ZCondition.shape.property.options)}
        onChosen={() => form.setValue(`${path}.value`, "")}
      />
      <SelectField
        form={form}
        name={`${path}.operator`}
        label="Operator"
        choices={Object.entries(OPERATORS).map(([value, label]) => ({ value, label }))}
        onChosen={(next) =>
          NEEDS_NO_VALUE.includes(next as Condition["operator"]) && form.setValue(`${path}.value`, undefined)
        }
      />
      {onRemove ? (
        <Button
          type="button"
          variant="ghost"
          size="icon"
          className="self-end"
          aria-label="Remove condition"
          onClick={onRemove}
        >
          <X aria-hidden />
        </Button>
      ) : (
        <span />
      )}
      {NEEDS_NO_VALUE.includes(operator) ? null : (
        <PropertyValueField
          key={property}
          form={form}
          name={`${path}.value`}
          kind={valueKindOf(property)}
          context={context}
          label="Value"
        />
      )}
    </div>
  );
}
