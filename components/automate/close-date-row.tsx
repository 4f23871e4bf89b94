"use client";

import { useOptimistic, useTransition } from "react";
import { setCloseDateAutomationAction } from "@/lib/automate/settings-actions";
import { Switch } from "@/components/ui/switch";
import { runAction } from "@/components/forms/run-action";
import { useAutomationVersion } from "./automation-version";

interface CloseDateRowProps {
  pipelineId: string;
  enabled: boolean;
  canEdit: boolean;
}

/** SPEC §3: the close-date switch, saved the moment it is flipped. */
export function CloseDateRow({ pipelineId, enabled, canEdit }: CloseDateRowProps) {
  const { version, saved } = useAutomationVersion();
  const [shown, setShown] = useOptimistic(enabled);
  const [pending, startTransition] = useTransition();

  function change(next: boolean) {
    startTransition(async () => {
      setShown(next);
      const result = await runAction(
        () => setCloseDateAutomationAction({ pipelineId, expectedVersion: version, enabled: next }),
        next ? "Close date automation turned on." : "Close date automation turned off.",
      );
      if (result.ok) saved(result.data.version);
    });
  }

  return (
    <div className="flex items-center justify-between gap-4 rounded-md border px-4 py-3">
      <label htmlFor="close-date-automation" className="text-sm">
        Set the close date to today when moving the ticket to a closed status
      </label>
      <Switch id="close-date-automation" checked={shown} onCheckedChange={change} disabled={!canEdit || pending} />
    </div>
  );
}
