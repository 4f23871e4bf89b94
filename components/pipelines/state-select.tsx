"use client";
import { setStatusStateAction } from "@/lib/pipelines/actions";
import { TICKET_STATES, TICKET_STATE_LABEL, type TicketStateName } from "@/lib/pipelines/ticket-states";
import { AutosaveSelect } from "@/components/forms/autosave-select";
import { optionsOf } from "@/components/forms/option-select";

const OPTIONS = optionsOf(TICKET_STATES, TICKET_STATE_LABEL);

/** A status's ticket state (SPEC §1: OPEN or CLOSED), saved as soon as it changes. */
export function StateSelect({ statusId, label, state }: { statusId: string; label: string; state: TicketStateName }) {
  return (
    <AutosaveSelect
      value={state}
      options={OPTIONS}
      save={(next) => setStatusStateAction({ statusId, state: next })}
      success={(next) => `"${label}" is now ${TICKET_STATE_LABEL[next].toLowerCase()}.`}
      className="w-28"
      aria-label={`Ticket state of ${label}`}
      data-testid="status-state"
    />
  );
}
