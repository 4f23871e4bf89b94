// A new ticket, from a channel (§2) or made by hand, reaches its first status like any ticket
// entering a status (§3 close date and time to close, §5 status actions), then the workflows
// whose trigger is "ticket created" enrol it. Each effect comes with its timeline entry.
import type { Attribution } from "./attribution";
import { closeDateEffects, entersClosedState, timeToCloseEffects } from "./close-date";
import type { Effect } from "./effects";
import type { FilterableTicket } from "./enrollment-filters";
import type { PlanTier } from "./plans";
import { slaStartEffects } from "./sla-clocks";
import { statusActionEffects } from "./status-actions";
import { statusTimerEffects } from "./time-triggers";
import { withTimeline } from "./timeline";
import type { PipelineSnapshot, StatusSnapshot } from "./types";
import { triggerEnrollments } from "./workflow-triggers";

export interface TicketCreation {
  ticket: FilterableTicket;
  pipeline: PipelineSnapshot;
  status: StatusSnapshot;
  /** Who or what created it, at depth 0; its workflows run at depth 1. */
  by: Attribution;
  now: Date;
  timeZone: string;
  /** The account's plan: SLAs need Professional (SPEC §9). */
  planTier: PlanTier;
}

export function ticketCreatedEffects(creation: TicketCreation): Effect[] {
  const { ticket, pipeline, status, by, now, timeZone } = creation;
  const { closeDateAutomation } = pipeline.automation;
  const fresh = { ...ticket, enrolledWorkflowIds: [] };
  const entered = [
    // Created straight into a closed status: it closes now, so the §3 rule applies.
    ...closeDateEffects({ from: null, to: status, closeDate: null, closeDateAutomation, now, timeZone }),
    ...timeToCloseEffects({ createdAt: now, timeToCloseMs: null }, null, status, now),
    ...(entersClosedState(null, status) ? [{ type: "mark_closed", at: now } as const] : []),
    ...slaStartEffects(pipeline, creation.planTier, status, now),
    ...statusActionEffects(fresh, pipeline, status.id, 1),
    ...statusTimerEffects(pipeline, status.id, now),
  ];
  return [
    ...withTimeline(entered, pipeline, by),
    ...triggerEnrollments(fresh, pipeline, "TICKET_CREATED", { ...by, ruleName: null, depth: 1 }),
  ];
}
