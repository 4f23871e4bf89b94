"use client";

import type { FieldValues, UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CardFooter } from "@/components/ui/card";

/** A settings card's Save button: enabled once something changed, and only for those who may save. */
export function SaveFooter<T extends FieldValues>({ form, canEdit }: { form: UseFormReturn<T>; canEdit: boolean }) {
  const { isSubmitting, isDirty } = form.formState;
  return (
    <CardFooter className="justify-end">
      <Button type="submit" disabled={!canEdit || isSubmitting || !isDirty}>
        {isSubmitting ? "Saving…" : "Save"}
      </Button>
    </CardFooter>
  );
}
