"use client";
// SPEC §9 reopen window (default off): past it, a contact's reply to a closed ticket opens a
// linked follow-up ticket instead of reopening the old one.
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { runAction } from "@/components/forms/run-action";
import { setReopenWindowAction } from "@/lib/automate/time-settings-actions";
import { useAutomationVersion } from "./automation-version";

interface ReopenWindowRowProps {
  pipelineId: string;
  days: number | null;
  canEdit: boolean;
}

const DEFAULT_DAYS = 30;

export function ReopenWindowRow({ pipelineId, days, canEdit }: ReopenWindowRowProps) {
  const { version, saved } = useAutomationVersion();
  const [enabled, setEnabled] = useState(days !== null);
  const [text, setText] = useState(String(days ?? DEFAULT_DAYS));
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const value = enabled ? Number(text.trim()) : null;
  const dirty = value !== days;

  function save() {
    setError(null);
    startTransition(async () => {
      const result = await runAction(
        () => setReopenWindowAction({ pipelineId, expectedVersion: version, reopenWindowDays: value }),
        value === null
          ? "Reopen window turned off: replies reopen closed tickets."
          : `Reopen window set to ${value} days.`,
        { failureOnScreen: true },
      );
      if (result.ok) saved(result.data.version);
      else setError(result.error.issues[0]?.message ?? result.error.message);
    });
  }

  return (
    <div className="grid gap-3 rounded-md border px-4 py-3" data-testid="reopen-window">
      <div className="flex items-center justify-between gap-4">
        <label htmlFor="reopen-window-switch" className="text-sm">
          Create a follow-up ticket instead of reopening when the contact replies long after closing
        </label>
        <Switch
          id="reopen-window-switch"
          checked={enabled}
          onCheckedChange={setEnabled}
          disabled={!canEdit || pending}
        />
      </div>
      {enabled ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <label htmlFor="reopen-window-days">Reopen window (days after closing)</label>
          <Input
            id="reopen-window-days"
            inputMode="numeric"
            className="w-24"
            value={text}
            onChange={(e) => setText(e.target.value)}
            disabled={!canEdit || pending}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "reopen-window-error" : undefined}
          />
        </div>
      ) : null}
      {error ? (
        <p id="reopen-window-error" role="alert" className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
      {dirty ? (
        <div className="flex justify-end">
          <Button type="button" size="sm" onClick={save} disabled={!canEdit || pending}>
            {pending ? "Saving…" : "Save reopen window"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
