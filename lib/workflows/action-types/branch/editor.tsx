"use client";
// If/then branch: named branches, each with the conditions a ticket must meet to take it.
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ActionOf, EditorContext, EditorProps, EditorSpec } from "../editor-types";
import { TextField, errorAt } from "@/components/automate/status-actions/editors/fields";
import { ConditionRow, newCondition } from "./condition-row";

type Branch = ActionOf<"branch">;

function BranchCard({
  form,
  index,
  context,
  onRemove,
}: {
  form: UseFormReturn<Branch>;
  index: number;
  context: EditorContext;
  onRemove?: () => void;
}) {
  const conditions = useFieldArray({ control: form.control, name: `branches.${index}.conditions` });
  const conditionsError = errorAt(form, `branches.${index}.conditions`);
  return (
    <fieldset className="grid gap-3 rounded-md border p-3" aria-label={`Branch ${index + 1}`}>
      <div className="flex items-end gap-2">
        <TextField form={form} name={`branches.${index}.label`} label={`Branch ${index + 1} name`} required />
        {onRemove ? (
          <Button
            type="button"
            variant="ghost"
            size="icon"
            aria-label={`Remove branch ${index + 1}`}
            onClick={onRemove}
          >
            <X aria-hidden />
          </Button>
        ) : null}
      </div>
      <p className="text-xs font-medium text-muted-foreground">Take this branch when all of these are true</p>
      {conditions.fields.map((field, c) => (
        <ConditionRow
          key={field.id}
          form={form}
          path={`branches.${index}.conditions.${c}`}
          context={context}
          onRemove={conditions.fields.length > 1 ? () => conditions.remove(c) : undefined}
        />
      ))}
      {conditionsError ? (
        <p role="alert" className="text-xs font-medium text-destructive">
          {conditionsError}
        </p>
      ) : null}
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="justify-self-start"
        onClick={() => conditions.append(newCondition())}
      >
        <Plus aria-hidden /> Add condition
      </Button>
    </fieldset>
  );
}

export function BranchFields({ form, context }: EditorProps<Branch>) {
  const branches = useFieldArray({ control: form.control, name: "branches" });
  return (
    <div className="grid gap-3">
      {branches.fields.map((field, i) => (
        <BranchCard
          key={field.id}
          form={form}
          index={i}
          context={context}
          onRemove={branches.fields.length > 1 ? () => branches.remove(i) : undefined}
        />
      ))}
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="justify-self-start"
        onClick={() =>
          branches.append({ key: `branch-${Date.now().toString(36)}`, label: "", conditions: [newCondition()] })
        }
      >
        <Plus aria-hidden /> Add branch
      </Button>
      <p className="text-xs text-muted-foreground">Tickets that match no branch continue with the next action.</p>
    </div>
  );
}

export const branchDefaults = (): Branch => ({
  type: "branch",
  branches: [
    {
      key: "branch-1",
      label: "Urgent tickets",
      conditions: [{ property: "priority", operator: "is", value: "URGENT" }],
    },
  ],
});

export const editor: EditorSpec<Branch> = { defaults: branchDefaults, Fields: BranchFields };
