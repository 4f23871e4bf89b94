// A ticket created by hand reaches its first status like any other ticket (SPEC §3, §5) and
// enrols the "ticket created" workflows: the engine's ticketCreatedEffects, credited to the
// person, after the line saying they created it. Nothing new decided here.
import {
  ticketCreatedEffects,
  type Attribution,
  type Effect,
  type PipelineSnapshot,
  type PlanTier,
  type Priority,
  type StatusSnapshot,
  type TicketSource,
} from "@/lib/automation";

export interface ManualTicket {
  source: TicketSource;
  priority: Priority;
  ownerId: string | null;
}

export interface ManualTicketContext {
  pipeline: PipelineSnapshot;
  status: StatusSnapshot;
  userId: string;
  now: Date;
  timeZone: string;
  planTier: PlanTier;
}

export function manualTicketEffects(ticket: ManualTicket, ctx: ManualTicketContext): Effect[] {
  const { pipeline, status, now, timeZone } = ctx;
  const by: Attribution = { actorUserId: ctx.userId, eventId: null, ruleName: null, depth: 0 };
  const created: Effect = {
    type: "timeline",
    entry: {
      ...by,
      kind: "ticket_created",
      summary: `Ticket created in "${pipeline.name}", status "${status.label}"`,
      detail: { statusId: status.id },
    },
  };
  return [created, ...ticketCreatedEffects({ ticket, pipeline, status, by, now, timeZone, planTier: ctx.planTier })];
}
