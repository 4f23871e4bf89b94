// A workflow action changing the ticket goes through the one engine (DESIGN.md): the halves of
// changeTicket (prepare: lock, load, decide; commit: ticket, timeline, enrolments and their jobs)
// run inside the step's transaction, so the change commits with the step or not at all. The
// cause is the workflow at the enrolment's depth: a status set here enrols that status's
// workflows one level deeper, and the loop guard stops a ping-pong (and says so).
import "server-only";
import type { Effect, Happening, PropertyChange } from "@/lib/automation";
import type { Sql } from "@/lib/db/sql";
import { prepareTicketChange } from "@/lib/tickets/prepare-ticket-change";
import { commitWriteBatch } from "@/lib/tickets/write-batch";
import type { StepContext, StepOutcome } from "./step-context";

export type TicketRequest =
  { kind: "status_change"; toStatusId: string } | { kind: "property_change"; change: PropertyChange };

export async function changeTicketInStep(
  tx: Sql,
  step: StepContext,
  request: TicketRequest,
  done: string,
): Promise<StepOutcome> {
  const happening: Happening =
    request.kind === "status_change"
      ? { kind: "status_change", toStatusId: request.toStatusId, cause: step.cause }
      : { kind: "property_change", change: request.change, cause: step.cause };
  return outcomeOf(await decideInStep(tx, step, happening), done);
}

/** The action's email to the contact went out on `threadId`: the engine says what that does
 *  (for a ticket without an origin thread, lib/automation/origin-thread.ts makes it that). */
export async function emailSentInStep(tx: Sql, step: StepContext, threadId: string): Promise<void> {
  await decideInStep(tx, step, {
    kind: "email_sent",
    channelType: "TEAM_EMAIL",
    sentFrom: "ticket",
    forwarded: false,
    threadId,
    cause: step.cause,
  });
}

async function decideInStep(tx: Sql, step: StepContext, happening: Happening): Promise<Effect[]> {
  const prepared = await prepareTicketChange(tx, step.state.ticket.id, [happening], step.now, step.loadedTicket);
  await commitWriteBatch(tx, prepared.batch);
  return prepared.effects;
}

function outcomeOf(effects: readonly Effect[], done: string): StepOutcome {
  const tripped = effects.find((e) => e.type === "loop_guard_tripped");
  if (tripped) {
    const why =
      tripped.reason === "depth"
        ? `automation caused by automation reached depth ${tripped.observed} (limit ${tripped.limit})`
        : `${tripped.observed} automated changes on this ticket in the last hour (limit ${tripped.limit})`;
    return {
      result: "skipped",
      summary: `Skipped by the loop guard: ${why}; ${tripped.blocked}.`,
      detail: { reason: "loop_guard", loopGuard: tripped.reason },
    };
  }
  const changed = effects.some((e) => e.type === "set_status" || e.type === "set_property");
  if (!changed)
    return {
      result: "skipped",
      summary: "Skipped: the ticket already had that value.",
      detail: { reason: "unchanged" },
    };
  return { result: "done", summary: done };
}
