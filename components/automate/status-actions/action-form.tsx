"use client";
// The side panel's form for one action: the type's editor from the table, validated with the
// shared schema on the client; the server's field issues land beside the same fields.
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { SheetBody, SheetClose, SheetFooter } from "@/components/ui/sheet";
import { ActionFailure } from "@/lib/actions/unwrap-action";
import { showFieldIssues } from "@/components/forms/run-action";
import { ZAction, type TAction } from "@/lib/workflows/action-types/registry";
import { editorFor } from "@/lib/workflows/action-types/editors";
import type { EditorContext } from "@/lib/workflows/action-types/editor-types";

// Defaults (e.g. a recipient list) make the schema's input looser than TAction; the form always
// holds complete actions, so it is typed by the output.
const resolver = zodResolver(ZAction) as unknown as Resolver<TAction, unknown, TAction>;

interface ActionFormProps {
  initial: TAction;
  context: EditorContext;
  readOnly: boolean;
  submitLabel: string;
  onSave: (action: TAction) => Promise<unknown>;
}

export function ActionForm({ initial, context, readOnly, submitLabel, onSave }: ActionFormProps) {
  const form = useForm<TAction, unknown, TAction>({ resolver, defaultValues: initial });
  const { Fields } = editorFor(initial.type);

  const submit = form.handleSubmit(async (action) => {
    try {
      await onSave(action);
    } catch (error) {
      // Server paths start at the input's "action" field; the form's root is the action.
      if (error instanceof ActionFailure)
        showFieldIssues(form, error.issues, (path) =>
          path[0] === "action" && path.length > 1 ? path.slice(1).join(".") : null,
        );
    }
  });

  return (
    <form onSubmit={submit} noValidate className="flex min-h-0 flex-1 flex-col" aria-label="Action settings">
      <fieldset disabled={readOnly || form.formState.isSubmitting} className="contents">
        <SheetBody>
          <Fields form={form} context={{ ...context, disabled: readOnly }} />
        </SheetBody>
      </fieldset>
      <SheetFooter>
        <SheetClose asChild>
          <Button variant="outline">{readOnly ? "Close" : "Cancel"}</Button>
        </SheetClose>
        {readOnly ? null : (
          <Button type="submit" disabled={form.formState.isSubmitting} data-testid="save-action">
            {form.formState.isSubmitting ? "Saving…" : submitLabel}
          </Button>
        )}
      </SheetFooter>
    </form>
  );
}
