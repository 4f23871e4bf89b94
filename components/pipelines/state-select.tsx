"use client";
import { useState } from "react";
import { setStatusStateAction } from "@/app/(app)/settings/objects/tickets/pipelines/actions";
import { TICKET_STATES, TICKET_STATE_LABEL, type TicketStateName } from "@/lib/pipelines/schemas";
import { runAction } from "@/components/forms/run-action";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

/** A status's ticket state (SPEC §1: OPEN or CLOSED), saved as soon as it changes. */
export function StateSelect({ statusId, label, state }: { statusId: string; label: string; state: TicketStateName }) {
  const [value, setValue] = useState(state);
  const [pending, setPending] = useState(false);

  async function change(next: TicketStateName) {
    setValue(next);
    setPending(true);
    const result = await runAction(() => setStatusStateAction({ statusId, state: next }), `"${label}" is now ${TICKET_STATE_LABEL[next].toLowerCase()}.`);
    setPending(false);
    if (!result.ok) setValue(state);
  }

  return (
    <Select value={value} onValueChange={(next) => change(next as TicketStateName)} disabled={pending}>
      <SelectTrigger className="w-28" aria-label={`Ticket state of ${label}`} data-testid="status-state">
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {TICKET_STATES.map((s) => (
          <SelectItem key={s} value={s}>
            {TICKET_STATE_LABEL[s]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
