// Owner and priority changes by a person, the API or a workflow "set property" action.
// They enrol nothing (only reaching a status does, §5), but automated ones are loop-guarded.
import type { Decision } from "./effects";
import { guardedChange, versionConflict } from "./guarded-change";
import { causeDepth, isAutomated, type PropertyChangeRequested } from "./happenings";
import { attributionOf } from "./attribution";
import type { DecideContext, PipelineSnapshot, TicketSnapshot } from "./types";

export function decidePropertyChange(
  ticket: TicketSnapshot,
  pipeline: PipelineSnapshot,
  request: PropertyChangeRequested,
  ctx: DecideContext,
): Decision {
  const conflict = versionConflict(ticket, request.expectedVersion);
  if (conflict) return conflict;
  const { change, cause } = request;
  const from = change.property === "ownerId" ? ticket.ownerId : ticket.priority;
  if (from === change.value) return { ok: true, effects: [] };
  const ruleName = cause.kind === "rule" ? cause.ruleName : null;
  const depth = causeDepth(cause);
  const propertyLabel = change.property === "ownerId" ? "owner" : "priority";
  return guardedChange(
    {
      pipeline,
      attribution: attributionOf(cause, ruleName, depth),
      automated: isAutomated(cause),
      askedAtDepth: depth,
      describe: `${propertyLabel} not changed to ${change.value ?? "none"}`,
      effects: () => [{ type: "set_property", change, from, ruleName, depth }],
    },
    ctx,
  );
}
