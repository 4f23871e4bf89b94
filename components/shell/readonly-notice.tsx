import { Lock } from "lucide-react";

/** Why the controls below are disabled (e.g. the caller's role), said once at the top. */
export function ReadonlyNotice({ reason }: { reason: string }) {
  return (
    <p
      role="note"
      data-testid="readonly-reason"
      className="flex items-center gap-2 rounded-md border bg-muted px-3 py-2 text-sm"
    >
      <Lock aria-hidden className="size-4 shrink-0" /> {reason}
    </p>
  );
}
