"use client";
// The live preview beside the email editor: rendered by the server (previewEmailAction) a moment
// after typing stops — the page's Content-Security-Policy forbids compiling templates here.
import { useEffect, useState } from "react";
import { useQuery, keepPreviousData } from "@tanstack/react-query";
import { previewEmailAction } from "@/lib/templates/actions";
import { unwrap } from "@/lib/actions/unwrap-action";

const DEBOUNCE_MS = 300;

function useDebounced(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

export function EmailPreview({ subject, body }: { subject: string; body: string }) {
  const settled = useDebounced(JSON.stringify([subject, body]));
  const preview = useQuery({
    queryKey: ["email-preview", settled],
    queryFn: () => {
      const [s, b] = JSON.parse(settled) as [string, string];
      return unwrap(previewEmailAction({ subject: s, body: b }));
    },
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  const shown = preview.data;
  return (
    <section aria-labelledby="email-preview-title" className="grid content-start gap-2" data-testid="email-preview">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="email-preview-title" className="text-sm font-semibold">
          Preview
        </h2>
        <span className="text-xs text-muted-foreground" aria-live="polite">
          {preview.isFetching ? "Updating…" : "Example ticket and contact"}
        </span>
      </div>
      {preview.isError ? (
        <p role="alert" className="text-sm text-destructive">
          Could not render the preview. Keep editing; it tries again.
        </p>
      ) : null}
      <div className="grid gap-3 rounded-md border bg-card p-4 text-sm">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
          <dt className="text-muted-foreground">To</dt>
          <dd>Maria Garcia &lt;maria@customer.example&gt;</dd>
          <dt className="text-muted-foreground">Subject</dt>
          <dd className="break-words font-medium" data-testid="preview-subject">
            {shown?.subject ?? ""}
          </dd>
        </dl>
        <div className="whitespace-pre-wrap break-words border-t pt-3" data-testid="preview-body">
          {shown?.body ?? ""}
        </div>
      </div>
      {shown?.problems.subject || shown?.problems.body ? (
        <p className="text-xs text-muted-foreground">
          Shown as it would be sent today; fix the highlighted field before saving.
        </p>
      ) : null}
    </section>
  );
}
