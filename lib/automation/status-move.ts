// Everything that follows from a ticket entering a status, whoever moved it: the one
// place a board drag, an API PATCH, an email trigger and a workflow action all meet.
import { closeDateEffects, entersClosedState, timeToCloseEffects } from "./close-date";
import type { Effect } from "./effects";
import { findStatus } from "./first-open-status";
import { slaStatusMoveEffects } from "./sla-clocks";
import { statusActionEffects } from "./status-actions";
import { statusTimerEffects } from "./time-triggers";
import type { PipelineSnapshot, StatusSnapshot, TicketSnapshot } from "./types";

export interface StatusMove {
  ticket: TicketSnapshot;
  pipeline: PipelineSnapshot;
  to: StatusSnapshot;
  /** null for a person's direct move; the rule or workflow name otherwise. */
  ruleName: string | null;
  /** Depth of the move itself; workflows it enrols run one deeper. */
  depth: number;
  now: Date;
  timeZone: string;
}

export function statusMoveEffects(move: StatusMove): Effect[] {
  const { ticket, pipeline, to, now } = move;
  const from = findStatus(pipeline, ticket.statusId);
  const reopened = from?.state === "CLOSED" && to.state === "OPEN";
  return [
    {
      type: "set_status",
      statusId: to.id,
      fromStatusId: ticket.statusId,
      ruleName: move.ruleName,
      depth: move.depth,
      at: now,
    },
    ...closeDateEffects({
      from,
      to,
      closeDate: ticket.closeDate,
      closeDateAutomation: pipeline.automation.closeDateAutomation,
      now,
      timeZone: move.timeZone,
    }),
    ...timeToCloseEffects(ticket, from, to, now),
    ...(entersClosedState(from ?? null, to) ? [{ type: "mark_closed", at: now } as const] : []),
    ...slaStatusMoveEffects(ticket.sla, from ?? null, to, now),
    // reopenedAt lets trigger B count replies on threads started after the reopen.
    ...(reopened ? [{ type: "mark_reopened", at: now } as const] : []),
    ...statusActionEffects(ticket, pipeline, to.id, move.depth + 1),
    // A new stay in the status: its "in status for D" clocks start now (the old stay's are cancelled on apply).
    ...statusTimerEffects(pipeline, to.id, now),
  ];
}
