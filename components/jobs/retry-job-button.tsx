"use client";
// "Retry now" on a FAILED job. The server refuses a job that is not FAILED anymore (a second
// click, another admin); the refusal is shown next to the button, not only in a toast.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { retryJobAction } from "@/lib/jobs/actions";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

export function RetryJobButton({ jobId, label }: { jobId: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const retry = () =>
    startTransition(async () => {
      const result = await retryJobAction({ jobId });
      if (!result.ok) return setError(result.error.message);
      setError(null);
      toast.success("Job queued to run again.");
      router.refresh();
    });
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button size="sm" variant="secondary" disabled={pending} aria-label={`Retry now: ${label}`} onClick={retry}>
        {pending ? "Retrying…" : "Retry now"}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-destructive">
          {error}
        </span>
      ) : null}
    </span>
  );
}
