// decide(): given a ticket, its pipeline's automation and what happened, the effects
// to apply (or a refusal). Pure: no database, no clock but ctx.now. A dry run is this
// without apply().
import type { Decision, Effect } from "./effects";
import { refuse } from "./effects";
import { customerReplyTrigger, emailSentTrigger, type EmailRuleOutcome } from "./email-triggers";
import { findStatus } from "./first-open-status";
import { guardedChange, versionConflict } from "./guarded-change";
import { causeDepth, isAutomated, type Cause, type Happening, type StatusChangeRequested } from "./happenings";
import { decidePropertyChange } from "./property-change";
import { originThreadEffects } from "./origin-thread";
import { statusMoveEffects } from "./status-move";
import { customerReplyEnrollments, emailSentEnrollments } from "./workflow-triggers";
import { attributionOf } from "./attribution";
import { emailTriggerPlanGate } from "./plan-gate";
import { moveRuleRefusal, pipelineRulesBind } from "./pipeline-rules";
import { RULE } from "./rule-names";
import { slaEmailSentEffects } from "./sla-clocks";
import { withTimeline } from "./timeline";
import type { DecideContext, PipelineSnapshot, TicketSnapshot } from "./types";

export function decide(
  ticket: TicketSnapshot,
  pipeline: PipelineSnapshot,
  happening: Happening,
  ctx: DecideContext,
): Decision {
  if (pipeline.id !== ticket.pipelineId) {
    return refuse("PIPELINE_MISMATCH", `Ticket ${ticket.id} is not in pipeline "${pipeline.name}".`);
  }
  switch (happening.kind) {
    case "status_change":
      return decideStatusChange(ticket, pipeline, happening, ctx);
    case "email_sent": {
      const rule = decideEmailRule(ticket, pipeline, happening.cause, emailSentTrigger(pipeline, happening), ctx);
      const sla = withTimeline(
        slaEmailSentEffects(ticket.sla, happening, ctx.now),
        pipeline,
        attributionOf(happening.cause, RULE.sla, causeDepth(happening.cause)),
      );
      return alongside(
        rule,
        [...originThreadEffects(ticket, happening), ...sla],
        emailSentEnrollments(ticket, pipeline, happening),
      );
    }
    case "message_received": {
      const outcome = customerReplyTrigger(ticket, pipeline, happening, ctx.now);
      const rule = decideEmailRule(ticket, pipeline, happening.cause, outcome, ctx);
      // A reply that opens a follow-up belongs to the new ticket: this one enrols in nothing.
      if (outcome.kind === "follow_up") return rule;
      return alongside(rule, [], customerReplyEnrollments(ticket, pipeline, happening));
    }
    case "property_change":
      return decidePropertyChange(ticket, pipeline, happening, ctx);
    default: {
      const unknownHappening: never = happening;
      throw new Error(`Unknown happening: ${JSON.stringify(unknownHappening)}`);
    }
  }
}

/** A person, the API or a workflow action moving the ticket. */
function decideStatusChange(
  ticket: TicketSnapshot,
  pipeline: PipelineSnapshot,
  request: StatusChangeRequested,
  ctx: DecideContext,
): Decision {
  const conflict = versionConflict(ticket, request.expectedVersion);
  if (conflict) return conflict;
  const to = findStatus(pipeline, request.toStatusId);
  if (!to) {
    return refuse("ILLEGAL_MOVE", `Status ${request.toStatusId} is not in pipeline "${pipeline.name}".`);
  }
  // Dropping a card where it already is changes nothing and enrols nothing.
  if (to.id === ticket.statusId) return { ok: true, effects: [] };
  const { cause } = request;
  if (pipelineRulesBind(cause, ctx.planTier)) {
    const broken = moveRuleRefusal(pipeline, pipeline.rules, ticket.statusId, to);
    if (broken) return refuse("PIPELINE_RULE", broken);
  }
  const ruleName = cause.kind === "rule" ? cause.ruleName : null;
  const depth = causeDepth(cause);
  return guardedChange(
    {
      pipeline,
      attribution: attributionOf(cause, ruleName, depth),
      automated: isAutomated(cause),
      askedAtDepth: depth,
      describe: `ticket not moved to "${to.label}"`,
      effects: () => statusMoveEffects({ ticket, pipeline, to, ruleName, depth, ...clock(ctx) }),
    },
    ctx,
  );
}

/** §4: an email trigger or the reopen rule moving the ticket, or saying why not. */
function decideEmailRule(
  ticket: TicketSnapshot,
  pipeline: PipelineSnapshot,
  cause: Cause,
  triggerOutcome: EmailRuleOutcome,
  ctx: DecideContext,
): Decision {
  const outcome = emailTriggerPlanGate(triggerOutcome, ctx.planTier);
  const askedAtDepth = causeDepth(cause);
  const attribution = attributionOf(cause, outcome.ruleName, askedAtDepth + 1);
  if (outcome.kind === "keep") {
    const keep = { type: "keep_status", reason: outcome.reason, ruleName: outcome.ruleName } as const;
    return { ok: true, effects: withTimeline([keep], pipeline, attribution) };
  }
  if (outcome.kind === "follow_up") {
    const keep = { type: "keep_status", reason: "reopen_window_passed", ruleName: outcome.ruleName } as const;
    const followUp = { type: "create_follow_up", closedAt: outcome.closedAt, windowDays: outcome.windowDays } as const;
    return { ok: true, effects: [keep, ...withTimeline([followUp], pipeline, attribution)] };
  }
  const { to, ruleName } = outcome;
  if (to.id === ticket.statusId) {
    return { ok: true, effects: [{ type: "keep_status", reason: "already_in_status", ruleName }] };
  }
  return guardedChange(
    {
      pipeline,
      attribution,
      // The rule acts even when a person sent the email: it counts as automation.
      automated: true,
      askedAtDepth,
      describe: `ticket not moved to "${to.label}"`,
      effects: () => statusMoveEffects({ ticket, pipeline, to, ruleName, depth: askedAtDepth + 1, ...clock(ctx) }),
    },
    ctx,
  );
}

/** An email rule's decision, with what else the same email does (never refused, never guarded:
 *  none of these triggers can be set off by automation, see workflow-triggers.ts). */
function alongside(rule: Decision, before: Effect[], after: Effect[]): Decision {
  return rule.ok ? { ok: true, effects: [...before, ...rule.effects, ...after] } : rule;
}

function clock(ctx: DecideContext): { now: Date; timeZone: string } {
  return { now: ctx.now, timeZone: ctx.timeZone };
}
