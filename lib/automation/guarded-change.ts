// Shared steps of every change decide() makes: the version check, and the loop guard
// standing between automation and the ticket.
import { refuse, type Decision, type Effect } from "./effects";
import { loopGuardTrip } from "./loop-guard";
import type { Attribution } from "./attribution";
import { withTimeline } from "./timeline";
import type { DecideContext, PipelineSnapshot, TicketSnapshot } from "./types";

export function versionConflict(ticket: TicketSnapshot, expectedVersion: number | undefined): Decision | null {
  if (expectedVersion === undefined || expectedVersion === ticket.version) return null;
  return refuse(
    "VERSION_CONFLICT",
    `The ticket was changed by someone else (version ${ticket.version}, ` +
      `expected ${expectedVersion}). Reload and try again.`,
  );
}

export interface GuardedChange {
  pipeline: PipelineSnapshot;
  attribution: Attribution;
  /** Is a rule (not a person) making this change? Only those count against the guard. */
  automated: boolean;
  /** Depth of whatever asked for the change (0 for a person or an outside event). */
  askedAtDepth: number;
  /** What would be blocked, in words, for the timeline. */
  describe: string;
  effects: () => Effect[];
}

/** The change's effects with their timeline entries, or the loop guard's explanation. */
export function guardedChange(change: GuardedChange, ctx: DecideContext): Decision {
  if (change.automated) {
    const trip = loopGuardTrip({
      depth: change.askedAtDepth,
      recentAutomationCount: ctx.recentAutomationCount,
      limits: ctx.limits,
      blocked: change.describe,
    });
    if (trip) return { ok: true, effects: withTimeline([trip], change.pipeline, change.attribution) };
  }
  return { ok: true, effects: withTimeline(change.effects(), change.pipeline, change.attribution) };
}
