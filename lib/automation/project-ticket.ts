// The ticket as it would be after a decision's effects: what a dry run shows as "after",
// and the reference apply() must agree with (tests compare against it).
import type { Effect } from "./effects";
import type { TicketSnapshot } from "./types";

function projectOne(ticket: TicketSnapshot, effect: Effect): TicketSnapshot {
  switch (effect.type) {
    case "set_status":
      return { ...ticket, statusId: effect.statusId };
    case "set_close_date":
      return { ...ticket, closeDate: effect.date };
    case "set_time_to_close":
      return { ...ticket, timeToCloseMs: effect.ms };
    case "mark_reopened":
      return { ...ticket, reopenedAt: effect.at };
    case "mark_closed":
      return { ...ticket, closedAt: effect.at };
    case "set_sla":
      return { ...ticket, sla: effect.sla };
    case "enroll":
      return ticket.enrolledWorkflowIds.includes(effect.workflowId)
        ? ticket
        : { ...ticket, enrolledWorkflowIds: [...ticket.enrolledWorkflowIds, effect.workflowId] };
    case "set_origin_thread":
      return { ...ticket, originThreadId: effect.threadId };
    case "set_property":
      return { ...ticket, [effect.change.property]: effect.change.value };
    case "create_follow_up":
    case "keep_close_date":
    case "skip_enrollment":
    case "keep_status":
    case "loop_guard_tripped":
    case "start_timer":
    case "timeline":
      return ticket;
    default: {
      const unknownEffect: never = effect;
      throw new Error(`Unknown effect: ${JSON.stringify(unknownEffect)}`);
    }
  }
}

const CHANGES_TICKET: ReadonlySet<Effect["type"]> = new Set([
  "set_status",
  "set_close_date",
  "set_time_to_close",
  "mark_reopened",
  "mark_closed",
  "set_sla",
  "set_property",
  "set_origin_thread",
]);

/** Every write increments the version once (optimistic concurrency). */
export function projectTicket(ticket: TicketSnapshot, effects: readonly Effect[]): TicketSnapshot {
  const after = effects.reduce(projectOne, ticket);
  const changed = effects.some((e) => CHANGES_TICKET.has(e.type));
  return changed ? { ...after, version: ticket.version + 1 } : after;
}
