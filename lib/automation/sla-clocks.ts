// SPEC §9 SLAs: when a ticket's two clocks start, are met, stop and restart. A new ticket takes
// its pipeline's targets (Professional and above; a target changed later applies to new tickets
// only) and starts both clocks; the first email a person sends to the contact from the ticket
// record meets the first reply (automated emails do not); entering a closed status meets close,
// and stops a first reply still unanswered; a reopen restarts close. When each clock comes due
// is arithmetic over business hours, done by the data layer (lib/sla) from these values.
import { entersClosedState } from "./close-date";
import type { Effect, SlaChange } from "./effects";
import { notSentFromTicketRecord } from "./email-triggers";
import type { EmailSent } from "./happenings";
import { planAllows, type PlanTier } from "./plans";
import type { PipelineSnapshot, SlaPolicy, SlaTargetName, StatusSnapshot, TicketSla } from "./types";

export const NO_SLA: SlaPolicy = { firstReply: null, close: null, businessHours: false };

export const NO_TICKET_SLA: TicketSla = {
  firstReplyTarget: null,
  closeTarget: null,
  businessHours: false,
  firstReplyMetAt: null,
  firstReplyStoppedAt: null,
  closeStartedAt: null,
  closeMetAt: null,
};

function changed(change: SlaChange, sla: TicketSla, at: Date): Effect {
  return { type: "set_sla", change, sla, at };
}

/** A new ticket entering its first status at `now`: both clocks start (then close at once if it is created closed). */
export function slaStartEffects(
  pipeline: PipelineSnapshot,
  planTier: PlanTier,
  to: StatusSnapshot,
  now: Date,
): Effect[] {
  const { firstReply, close, businessHours } = pipeline.sla;
  if (!planAllows(planTier, "sla") || (firstReply === null && close === null)) return [];
  const started: TicketSla = {
    ...NO_TICKET_SLA,
    firstReplyTarget: firstReply,
    closeTarget: close,
    businessHours,
    closeStartedAt: close === null ? null : now,
  };
  return [changed("started", started, now), ...slaStatusMoveEffects(started, null, to, now)];
}

function firstReplyRunning(sla: TicketSla): boolean {
  return sla.firstReplyTarget !== null && sla.firstReplyMetAt === null && sla.firstReplyStoppedAt === null;
}

/** Entering status `to` from `from` (null: a new ticket). */
export function slaStatusMoveEffects(
  sla: TicketSla,
  from: StatusSnapshot | null,
  to: StatusSnapshot,
  now: Date,
): Effect[] {
  if (entersClosedState(from, to)) {
    const effects: Effect[] = [];
    let current = sla;
    if (current.closeStartedAt !== null && current.closeMetAt === null) {
      current = { ...current, closeMetAt: now };
      effects.push(changed("close_met", current, now));
    }
    if (firstReplyRunning(current)) {
      current = { ...current, firstReplyStoppedAt: now };
      effects.push(changed("first_reply_stopped", current, now));
    }
    return effects;
  }
  const reopened = from?.state === "CLOSED" && to.state === "OPEN";
  if (reopened && sla.closeTarget !== null) {
    return [changed("close_restarted", { ...sla, closeStartedAt: now, closeMetAt: null }, now)];
  }
  return [];
}

/** The first email a person sends to the contact from the ticket record meets the first reply. */
export function slaEmailSentEffects(sla: TicketSla, email: EmailSent, now: Date): Effect[] {
  if (!firstReplyRunning(sla) || notSentFromTicketRecord(email) !== null) return [];
  return [changed("first_reply_met", { ...sla, firstReplyMetAt: now }, now)];
}

/** Per target: when its running clock started (first reply: the ticket's creation; close: its
 *  start or last reopen), or null when none runs (no target, met, stopped). A timer of that
 *  clock is its occurrence: it fires only while this still reads its startedAt. */
export function slaRunningSince(sla: TicketSla, createdAt: Date): Record<SlaTargetName, Date | null> {
  return {
    firstReply: firstReplyRunning(sla) ? createdAt : null,
    close:
      sla.closeTarget !== null && sla.closeStartedAt !== null && sla.closeMetAt === null ? sla.closeStartedAt : null,
  };
}

export interface SlaClockChanges {
  /** Clocks that started (or restarted) with the change: their due soon / overdue timers start. */
  started: { target: SlaTargetName; startedAt: Date }[];
  /** Clocks that ran before and no longer run as they did (met, stopped, restarted): their timers end. */
  ended: SlaTargetName[];
}

const SLA_TARGET_NAMES: readonly SlaTargetName[] = ["firstReply", "close"];

/** What a change did to the clocks: `before` null for a new ticket. */
export function slaClockChanges(before: TicketSla | null, after: TicketSla, createdAt: Date): SlaClockChanges {
  const was = before ? slaRunningSince(before, createdAt) : { firstReply: null, close: null };
  const is = slaRunningSince(after, createdAt);
  const same = (a: Date | null, b: Date | null) => a?.getTime() === b?.getTime();
  return {
    started: SLA_TARGET_NAMES.flatMap((target) => {
      const startedAt = is[target];
      return startedAt && !same(was[target], startedAt) ? [{ target, startedAt }] : [];
    }),
    ended: SLA_TARGET_NAMES.filter((target) => was[target] !== null && !same(was[target], is[target])),
  };
}
