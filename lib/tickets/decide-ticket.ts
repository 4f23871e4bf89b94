// decide() over one or more happenings on a loaded ticket. Several happenings (a PATCH that
// sets owner, priority and status) are decided in turn on the projected ticket, so they
// compose exactly as if made one after the other, and are written as one change.
import "server-only";
import {
  DEFAULT_LOOP_GUARD_LIMITS,
  decide,
  isAutomatedChange,
  projectTicket,
  type Decision,
  type Effect,
  type Happening,
  type TicketSnapshot,
} from "@/lib/automation";
import type { LoadedTicket } from "./ticket-snapshot";

export type TicketDecision =
  | { ok: true; effects: Effect[]; after: TicketSnapshot }
  | { ok: false; refusal: Extract<Decision, { ok: false }>["refusal"] };

export function decideTicket(loaded: LoadedTicket, happenings: readonly Happening[], now: Date): TicketDecision {
  let ticket = loaded.ticket;
  let recentAutomationCount = loaded.recentAutomationCount;
  const effects: Effect[] = [];
  for (const happening of happenings) {
    const ctx = {
      now,
      timeZone: loaded.timeZone,
      planTier: loaded.planTier,
      recentAutomationCount,
      limits: DEFAULT_LOOP_GUARD_LIMITS,
    };
    const decision = decide(ticket, loaded.pipeline, happening, ctx);
    if (!decision.ok) return decision;
    effects.push(...decision.effects);
    // Later happenings see the ticket as the earlier ones left it (one version bump in all).
    ticket = { ...projectTicket(ticket, decision.effects), version: ticket.version };
    recentAutomationCount += decision.effects.filter(isAutomatedChange).length;
  }
  return { ok: true, effects, after: projectTicket(loaded.ticket, effects) };
}
