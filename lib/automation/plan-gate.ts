// SPEC §6: below Starter the §4 email triggers (A and B) do not move tickets; the engine says
// so on the timeline. The reopen rule (a reply on a closed ticket) is not a plan feature.
import type { EmailRuleOutcome } from "./email-triggers";
import { planAllows, type PlanTier } from "./plans";
import { RULE } from "./rule-names";

const PLAN_GATED_RULES: ReadonlySet<string> = new Set([RULE.emailSentTrigger, RULE.customerReplyTrigger]);

/** The outcome, or "not run: needs the plan" when a trigger would move the ticket on a plan without it. */
export function emailTriggerPlanGate(outcome: EmailRuleOutcome, planTier: PlanTier): EmailRuleOutcome {
  if (outcome.kind !== "move" || !PLAN_GATED_RULES.has(outcome.ruleName)) return outcome;
  if (planAllows(planTier, "statusEmailTriggers")) return outcome;
  return { kind: "keep", reason: "plan_required", ruleName: outcome.ruleName };
}
