"use client";
// The statuses in the order the admin sees them: changed at once on drop or "Move up/down",
// saved with the order read before the change, and put back if the server refuses.
import { useEffect, useRef, useState } from "react";
import { reorderStatusesAction } from "@/lib/pipelines/actions";
import type { AdminStatus } from "@/lib/pipelines/admin-view";
import { runAction } from "@/components/forms/run-action";

export function useStatusOrder(pipelineId: string, fromServer: AdminStatus[]) {
  const [statuses, setStatuses] = useState(fromServer);
  const saving = useRef(false);
  useEffect(() => setStatuses(fromServer), [fromServer]);

  async function reorder(next: AdminStatus[]) {
    if (saving.current) return;
    const previous = statuses;
    saving.current = true;
    setStatuses(next);
    const result = await runAction(
      () =>
        reorderStatusesAction({ pipelineId, expectedOrder: previous.map((s) => s.id), order: next.map((s) => s.id) }),
      "Status order saved.",
    );
    saving.current = false;
    if (!result.ok) setStatuses(previous);
  }

  return { statuses, reorder };
}
