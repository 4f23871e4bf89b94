// A ticket created by hand reaches its first status like any other ticket (SPEC §3, §5): the
// close date if that status is closed, time to close, status-action enrolments, each with the
// timeline entry that explains it. Composed from the engine's own rules; nothing new decided.
import {
  closeDateEffects, statusActionEffects, withTimeline,
  type Attribution, type Effect, type PipelineSnapshot, type Priority, type StatusSnapshot, type TicketSource,
} from "@/lib/automation";
import { timeToCloseEffects } from "@/lib/automation/close-date";

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
}

export function manualTicketEffects(ticket: ManualTicket, ctx: ManualTicketContext): Effect[] {
  const { pipeline, status, now, timeZone } = ctx;
  const by: Attribution = { actorUserId: ctx.userId, eventId: null, ruleName: null, depth: 0 };
  const created: Effect = {
    type: "timeline",
    entry: { ...by, kind: "ticket_created", summary: `Ticket created in "${pipeline.name}", status "${status.label}"`, detail: { statusId: status.id } },
  };
  const { closeDateAutomation } = pipeline.automation;
  const entered = [
    ...closeDateEffects({ from: null, to: status, closeDate: null, closeDateAutomation, now, timeZone }),
    ...timeToCloseEffects({ createdAt: now, timeToCloseMs: null }, null, status, now),
    ...statusActionEffects({ ...ticket, enrolledWorkflowIds: [] }, pipeline, status.id, 1),
  ];
  return [created, ...withTimeline(entered, pipeline, by)];
}
