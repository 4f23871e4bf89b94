"use client";
// The field and buttons of a one-field dialog (name-dialog.tsx), loaded when the dialog first
// opens: react-hook-form, zod and the field's schema are not part of the page's first load
// (issue 15 item 8). The field is checked with the same zod schema as the server.
import { useEffect } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { runAction } from "./run-action";
import type { ActionResult } from "@/lib/actions/action-result";

type Values = { value: string };

export interface NameDialogFormProps<T> {
  /** The form's name (the dialog's title). */
  title: string;
  label: string;
  submitLabel: string;
  success: string;
  schema: () => Promise<z.ZodType<string, string>>;
  submit: (value: string) => Promise<ActionResult<T>>;
  onDone?: (data: T) => void;
  initialValue: string;
  open: boolean;
  setOpen: (open: boolean) => void;
}

export function NameDialogForm<T>({ open, setOpen, initialValue, ...props }: NameDialogFormProps<T>) {
  // The schema loads with the first check (it is one import away, already fetched by then).
  const resolver: Resolver<Values> = async (values, context, options) =>
    zodResolver(z.object({ value: await props.schema() }))(values, context, options);
  const form = useForm<Values>({ resolver, defaultValues: { value: initialValue } });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    if (open) form.reset({ value: initialValue });
  }, [open, initialValue, form]);

  const onSubmit = form.handleSubmit(async ({ value }) => {
    const result = await runAction(() => props.submit(value), props.success);
    if (result.ok) {
      setOpen(false);
      props.onDone?.(result.data);
    } else {
      const issue = result.error.issues[0];
      if (issue) form.setError("value", { message: issue.message }, { shouldFocus: true });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label={props.title}>
      <FormField label={props.label} required error={errors.value?.message}>
        <Input autoComplete="off" autoFocus {...form.register("value")} />
      </FormField>
      <DialogFooter>
        <Button variant="outline" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : props.submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
