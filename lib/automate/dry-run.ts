// SPEC §7 "Dry run": what an event would do to a ticket (status, close date, enrolments and
// the actions they would run, skips and why), with nothing written: decide() and
// projectTicket() without apply, over a snapshot read without a transaction or a lock.
import "server-only";
import type { Effect, Refusal, TicketSnapshot, WorkflowTrigger } from "@/lib/automation";
import { db, dbHandle } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { describeAction } from "@/lib/workflows/action-types/registry";
import { decideTicket } from "@/lib/tickets/decide-ticket";
import { dryRunHappenings } from "./dry-run-happenings";
import { dryRunTimers, type DryRunTimer } from "./dry-run-timers";
import type { TDryRunEvent } from "./dry-run-schema";
import { loadTicket } from "@/lib/tickets/ticket-snapshot";
import type { Actor } from "@/lib/auth/policy";

export interface WouldRun {
  workflowId: string;
  workflowName: string;
  /** What would enrol the ticket; statusId only for "ticket reaches a status". */
  trigger: WorkflowTrigger;
  statusId: string | null;
  actions: { id: string; type: string; description: string }[];
}

export type DryRunResult =
  | {
      ticketId: string;
      ok: true;
      before: TicketSnapshot;
      after: TicketSnapshot;
      effects: Effect[];
      wouldRun: WouldRun[];
      /** SPEC §9: timers the event would start, and the ticket's pending ones. */
      timers: DryRunTimer[];
    }
  | { ticketId: string; ok: false; refusal: Refusal; before: TicketSnapshot };

async function wouldRun(effects: readonly Effect[]): Promise<WouldRun[]> {
  const enrolments = effects.flatMap((e) => (e.type === "enroll" ? [e] : []));
  if (enrolments.length === 0) return [];
  const actions = await db.workflowAction.findMany({
    where: { workflowId: { in: enrolments.map((e) => e.workflowId) }, parentActionId: null },
    orderBy: { position: "asc" },
    select: { id: true, workflowId: true, type: true, config: true },
  });
  return enrolments.map((e) => ({
    workflowId: e.workflowId,
    workflowName: e.workflowName,
    trigger: e.trigger,
    statusId: e.statusId,
    actions: actions
      .filter((a) => a.workflowId === e.workflowId)
      .map((a) => ({ id: a.id, type: a.type, description: describeAction(a.type, a.config) })),
  }));
}

export async function dryRunTicket(
  ticketId: string,
  event: TDryRunEvent,
  actor: Actor,
  now = new Date(),
): Promise<DryRunResult> {
  const loaded = await loadTicket(dbHandle().sql, ticketId, { now, lock: false });
  if (!loaded) throw new AppError("NOT_FOUND", `Ticket ${ticketId} not found.`);
  const happenings = await dryRunHappenings(loaded, event, actor);
  const decision = decideTicket(loaded, happenings, now);
  const before = loaded.ticket;
  if (!decision.ok) return { ticketId, ok: false, refusal: decision.refusal, before };
  return {
    ticketId,
    ok: true,
    before,
    after: decision.after,
    effects: decision.effects,
    wouldRun: await wouldRun(decision.effects),
    timers: await dryRunTimers(loaded, decision.effects, decision.after),
  };
}
