"use client";

import * as React from "react";
import { Slot } from "radix-ui";
import { cn } from "@/lib/utils/cn";
import { Label } from "./label";

/** Props a control needs so its label, hint and error are announced with it. */
export type FormControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

type FormFieldProps = Omit<React.ComponentProps<"div">, "children"> & {
  label: React.ReactNode;
  /** The control: one element that receives the props below (Input, Textarea, SelectTrigger…), or a
   *  function that spreads them where they belong (e.g. on a SelectTrigger inside a Select). */
  children: React.ReactElement | ((control: FormControlProps) => React.ReactNode);
  /** The react-hook-form error message, e.g. `errors.subject?.message`. */
  error?: string;
  description?: React.ReactNode;
  required?: boolean;
  /** Defaults to a generated id. */
  id?: string;
};

export function FormField({ label, children, error, description, required, id, className, ...props }: FormFieldProps) {
  const generatedId = React.useId();
  const controlId = id ?? generatedId;
  const descriptionId = description ? `${controlId}-description` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const control: FormControlProps = {
    id: controlId,
    "aria-describedby": [descriptionId, errorId].filter(Boolean).join(" ") || undefined,
    "aria-invalid": error ? true : undefined,
    "aria-required": required ? true : undefined,
  };

  return (
    <div data-slot="form-field" className={cn("grid min-w-0 gap-1.5", className)} {...props}>
      <Label htmlFor={controlId}>
        {label}
        {required ? (
          <span className="text-destructive" aria-hidden>
            *
          </span>
        ) : null}
      </Label>
      {typeof children === "function" ? children(control) : <Slot.Root {...control}>{children}</Slot.Root>}
      {description ? (
        <p id={descriptionId} className="text-xs text-muted-foreground">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
