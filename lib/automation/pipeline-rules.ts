// SPEC §8 pipeline rules (Professional and above): limit the statuses a ticket can be created
// in, prevent skipping statuses (only to the next open status, or to any closed one), prevent
// moving backward. Super admins and users with the Account permission bypass them, an API key
// obeys them as its user does, and automation (email triggers, the reopen rule, workflows) is
// never blocked by them. A refusal names the rule.
import type { Cause } from "./happenings";
import { findStatus } from "./first-open-status";
import { planAllows, type PlanTier } from "./plans";
import type { PipelineRules, PipelineSnapshot, StatusSnapshot } from "./types";

export type { PipelineRules } from "./types";

export const NO_PIPELINE_RULES: PipelineRules = {
  createStatusIds: null,
  preventSkipping: false,
  preventBackward: false,
};

export const PIPELINE_RULE_LABEL = {
  createStatusIds: "Limit the statuses a ticket can be created in",
  preventSkipping: "Prevent skipping statuses",
  preventBackward: "Prevent moving backward",
} as const satisfies Record<keyof PipelineRules, string>;

/** Do the rules bind this cause? Only people and API keys are bound, and only when their role
 *  does not bypass them; only on a plan that includes them. */
export function pipelineRulesBind(cause: Cause, planTier: PlanTier): boolean {
  if (cause.kind !== "user" && cause.kind !== "api") return false;
  return !cause.bypassesPipelineRules && planAllows(planTier, "pipelineRules");
}

/** The open status right after `from` in the pipeline's order, or null. */
function nextOpenStatus(pipeline: Pick<PipelineSnapshot, "statuses">, from: StatusSnapshot): StatusSnapshot | null {
  let next: StatusSnapshot | null = null;
  for (const s of pipeline.statuses) {
    if (s.state !== "OPEN" || s.displayOrder <= from.displayOrder) continue;
    if (next === null || s.displayOrder < next.displayOrder) next = s;
  }
  return next;
}

/** Why the rules refuse a move from `fromStatusId` to `to`, or null if they allow it. */
export function moveRuleRefusal(
  pipeline: Pick<PipelineSnapshot, "statuses">,
  rules: PipelineRules,
  fromStatusId: string,
  to: StatusSnapshot,
): string | null {
  const from = findStatus(pipeline, fromStatusId);
  if (!from || from.id === to.id) return null;
  if (rules.preventBackward && to.displayOrder < from.displayOrder) {
    return `Not moved: the pipeline rule "${PIPELINE_RULE_LABEL.preventBackward}" does not allow moving from "${from.label}" back to "${to.label}".`;
  }
  if (rules.preventSkipping && to.state !== "CLOSED" && nextOpenStatus(pipeline, from)?.id !== to.id) {
    const next = nextOpenStatus(pipeline, from);
    const allowed = next ? `"${next.label}" or a closed status` : "a closed status";
    return `Not moved: the pipeline rule "${PIPELINE_RULE_LABEL.preventSkipping}" allows only ${allowed} after "${from.label}".`;
  }
  return null;
}

/** The statuses a card in `fromStatusId` may be dropped on under the rules (the board greys the rest). */
export function allowedMoveTargets(
  pipeline: Pick<PipelineSnapshot, "statuses">,
  rules: PipelineRules,
  fromStatusId: string,
): string[] {
  return pipeline.statuses.filter((s) => moveRuleRefusal(pipeline, rules, fromStatusId, s) === null).map((s) => s.id);
}

/** Why a ticket may not be created in `statusId`, or null. */
export function createRuleRefusal(
  pipeline: Pick<PipelineSnapshot, "statuses">,
  rules: PipelineRules,
  statusId: string,
): string | null {
  if (rules.createStatusIds === null || rules.createStatusIds.includes(statusId)) return null;
  const label = findStatus(pipeline, statusId)?.label ?? statusId;
  const allowed = pipeline.statuses.filter((s) => rules.createStatusIds!.includes(s.id)).map((s) => `"${s.label}"`);
  return `Not created: the pipeline rule "${PIPELINE_RULE_LABEL.createStatusIds}" does not allow creating a ticket in "${label}" (allowed: ${allowed.join(", ") || "none"}).`;
}

/** The statuses a ticket may be created in (all when the limit is off), in the pipeline's order. */
export function creationStatuses(pipeline: Pick<PipelineSnapshot, "statuses">, rules: PipelineRules): StatusSnapshot[] {
  return [...pipeline.statuses]
    .filter((s) => rules.createStatusIds === null || rules.createStatusIds.includes(s.id))
    .sort((a, b) => a.displayOrder - b.displayOrder);
}

/** Channels obey the creation limit (SPEC §8): a channel pointing at a status the limit does not
 *  allow (the rule came later; its settings page flags it) creates its tickets in the first
 *  allowed status instead — an open one before a closed one — rather than losing the customer's
 *  message. `instead` names the channel's own status when it was replaced; null: no status allowed. */
export function channelCreationStatus(
  pipeline: Pick<PipelineSnapshot, "statuses" | "rules">,
  status: StatusSnapshot,
  planTier: PlanTier,
): { status: StatusSnapshot; instead: StatusSnapshot | null } | null {
  if (!planAllows(planTier, "pipelineRules") || createRuleRefusal(pipeline, pipeline.rules, status.id) === null) {
    return { status, instead: null };
  }
  const allowed = creationStatuses(pipeline, pipeline.rules);
  const first = allowed.find((s) => s.state === "OPEN") ?? allowed[0];
  return first ? { status: first, instead: status } : null;
}
