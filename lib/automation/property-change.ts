// Property changes by a person, the API or a workflow "set property" action: owner, priority,
// name, description, close date. They enrol nothing (only reaching a status does, §5), but
// automated ones are loop-guarded and every one is on the timeline with who or what did it.
import type { Decision } from "./effects";
import { guardedChange, versionConflict } from "./guarded-change";
import { causeDepth, isAutomated, type PropertyChangeRequested } from "./happenings";
import { attributionOf } from "./attribution";
import { PROPERTY_LABEL, propertyValueText } from "./property-text";
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
  const from = ticket[change.property];
  if (from === change.value) return { ok: true, effects: [] };
  const ruleName = cause.kind === "rule" ? cause.ruleName : null;
  const depth = causeDepth(cause);
  return guardedChange(
    {
      pipeline,
      attribution: attributionOf(cause, ruleName, depth),
      automated: isAutomated(cause),
      askedAtDepth: depth,
      describe: `${PROPERTY_LABEL[change.property]} not changed to ${propertyValueText(change.property, change.value)}`,
      effects: () => [{ type: "set_property", change, from, ruleName, depth }],
    },
    ctx,
  );
}
