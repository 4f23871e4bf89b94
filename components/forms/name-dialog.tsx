"use client";
// One-field dialogs: create or rename a pipeline, a status, a team. The field is checked with the
// same zod schema as the server; the server's answer lands beside the field or in a toast. The
// dialog's form (name-dialog-form.tsx) and the schema load when it first opens (issue 15 item 8:
// first-load JS), so callers pass the schema as an import: `() => import(…).then((m) => m.ZName)`.
import { useState, type ReactNode } from "react";
import dynamic from "next/dynamic";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import type { NameDialogFormProps } from "./name-dialog-form";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";

const NameDialogForm = dynamic(() => import("./name-dialog-form").then((m) => m.NameDialogForm), {
  ssr: false,
}) as <T>(props: NameDialogFormProps<T>) => ReactNode;

interface NameDialogProps<T> {
  title: string;
  description?: ReactNode;
  label: string;
  submitLabel: string;
  /** Toast after success. */
  success: string;
  /** The field's schema, loaded with the form. */
  schema: () => Promise<z.ZodType<string, string>>;
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
  description,
  testId,
  ...props
}: NameDialogProps<T>) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const setOpen = onOpenChange ?? setOwnOpen;

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {trigger ? <DialogTrigger asChild>{trigger}</DialogTrigger> : null}
      <DialogContent data-testid={testId}>
        <DialogHeader>
          <DialogTitle>{props.title}</DialogTitle>
          {description ? <DialogDescription>{description}</DialogDescription> : null}
        </DialogHeader>
        <NameDialogForm {...props} initialValue={initialValue} open={open} setOpen={setOpen} />
      </DialogContent>
    </Dialog>
  );
}
