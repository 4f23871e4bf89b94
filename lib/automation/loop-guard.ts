// SPEC §7: a loop guard stops automation ping-pong and says so.
// Two limits, because loops come in two shapes:
// - depth: automation caused by automation within one chain (workflow A sets a status
//   that enrols workflow B that sets a status that enrols A...);
// - per ticket per hour: chains restarted by outside events (our automated email draws an
//   auto-reply, the reply moves the ticket, the move sends another email...), where each
//   link starts again at depth 0.
// When it trips nothing more fires, and the tripped effect (with its timeline entry) says why.
import type { Effect } from "./effects";
import type { LoopGuardLimits } from "./types";

export const DEFAULT_LOOP_GUARD_LIMITS: LoopGuardLimits = {
  maxDepth: 5,
  maxAutomatedChangesPerHour: 20,
};

export interface LoopGuardInput {
  /** Depth of the automation asking to act (Cause.depth; 0 when an event started it). */
  depth: number;
  recentAutomationCount: number;
  limits: LoopGuardLimits;
  /** What would have happened, in words, for the explanation. */
  blocked: string;
}

export type LoopGuardTripped = Extract<Effect, { type: "loop_guard_tripped" }>;

export function loopGuardTrip(input: LoopGuardInput): LoopGuardTripped | null {
  const { depth, recentAutomationCount, limits, blocked } = input;
  if (depth >= limits.maxDepth) {
    return { type: "loop_guard_tripped", reason: "depth", limit: limits.maxDepth, observed: depth, blocked };
  }
  if (recentAutomationCount >= limits.maxAutomatedChangesPerHour) {
    return {
      type: "loop_guard_tripped",
      reason: "hourly_limit",
      limit: limits.maxAutomatedChangesPerHour,
      observed: recentAutomationCount,
      blocked,
    };
  }
  return null;
}
