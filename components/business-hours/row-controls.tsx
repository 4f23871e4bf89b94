"use client";
// The pieces every row of the Business hours form repeats: its remove button and its error line.
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";

export function RemoveRowButton({
  label,
  disabled,
  onClick,
}: {
  label: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <Button type="button" variant="ghost" size="icon" disabled={disabled} aria-label={label} onClick={onClick}>
      <X aria-hidden />
    </Button>
  );
}

export function RowError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="text-xs font-medium text-destructive">
      {message}
    </p>
  );
}
