// SPEC §9 reopen window: the follow-up ticket a late reply opens (the rule that decides when is
// reopen-window.ts; the rows are written by lib/conversations/follow-up-ticket.ts).
import type { Attribution } from "./attribution";
import type { NewTicketDraft } from "./channel-routing";
import type { Effect } from "./effects";
import { firstOpenStatus } from "./first-open-status";
import type { PlanTier } from "./plans";
import { RULE } from "./rule-names";
import { ticketCreatedEffects } from "./ticket-created";
import type { PipelineSnapshot, TicketSnapshot } from "./types";

export interface FollowUpContext {
  now: Date;
  timeZone: string;
  planTier: PlanTier;
  eventId: string | null;
}

/**
 * The follow-up ticket a late reply opens: in the old ticket's pipeline at its first open status,
 * with the old ticket's owner, priority and source, created like any new ticket (close date, SLA,
 * status actions, "ticket created" workflows), its first timeline line naming the old ticket.
 * Null when the pipeline has no open status (the reply is then kept on the old ticket).
 */
export function decideFollowUp(
  old: TicketSnapshot,
  pipeline: PipelineSnapshot,
  ctx: FollowUpContext,
): { ticket: NewTicketDraft; effects: Effect[] } | null {
  const status = firstOpenStatus(pipeline);
  if (!status) return null;
  const ticket: NewTicketDraft = {
    channelId: null,
    pipelineId: pipeline.id,
    statusId: status.id,
    source: old.source,
    ownerId: old.ownerId,
    priority: old.priority,
  };
  const by: Attribution = { actorUserId: null, eventId: ctx.eventId, ruleName: RULE.reopenWindow, depth: 0 };
  const created: Effect = {
    type: "timeline",
    entry: {
      ...by,
      kind: "follow_up",
      summary:
        `Follow-up of ticket "${old.subject}": the contact replied after it had been closed longer than ` +
        `the reopen window, in "${pipeline.name}", status "${status.label}"`,
      detail: { followUpOfId: old.id, statusId: status.id },
    },
  };
  const entered = ticketCreatedEffects({ ticket, pipeline, status, by, ...ctx });
  return { ticket, effects: [created, ...entered] };
}
