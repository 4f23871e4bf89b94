"use client";
// One-field dialogs: create or rename a pipeline, a status, a team. The field is checked with the
// same zod schema as the server; the server's answer lands beside the field or in a toast.
import { useEffect, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { runAction } from "./run-action";

interface NameDialogProps<T> {
  title: string;
  description?: ReactNode;
  label: string;
  submitLabel: string;
  /** Toast after success. */
  success: string;
  schema: z.ZodType<string, string>;
  initialValue?: string;
  submit: (value: string) => Promise<ActionResult<T>>;
  onDone?: (data: T) => void;
  /** Either a trigger button, or open/onOpenChange from the parent (e.g. a menu item). */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  testId?: string;
}

export function NameDialog<T>({
  trigger,
  open: controlledOpen,
  onOpenChange,
  initialValue = "",
  ...props
}: NameDialogProps<T>) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const setOpen = onOpenChange ?? setOwnOpen;
  const form = useForm<{ value: string }>({
    resolver: zodResolver(z.object({ value: props.schema })),
    defaultValues: { value: initialValue },
  });
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
    <Dialog open={open} onOpenChange={setOpen}>
      {trigger ? <DialogTrigger asChild>{trigger}</DialogTrigger> : null}
      <DialogContent data-testid={props.testId}>
        <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label={props.title}>
          <DialogHeader>
            <DialogTitle>{props.title}</DialogTitle>
            {props.description ? <DialogDescription>{props.description}</DialogDescription> : null}
          </DialogHeader>
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
      </DialogContent>
    </Dialog>
  );
}
