// SPEC §6 Plans: which parts of the product each plan tier includes, and how many ticket
// pipelines it holds. The one place these rules live: the engine asks it before an email
// trigger moves a ticket, the server before it saves or creates, the UI to lock sections
// (saying what unlocks them). Pure (no server imports), so the engine can decide with it.

export const PLAN_TIERS = ["FREE", "STARTER", "PROFESSIONAL", "ENTERPRISE"] as const;
export type PlanTier = (typeof PLAN_TIERS)[number];

export const PLAN_LABEL: Record<PlanTier, string> = {
  FREE: "Free",
  STARTER: "Starter",
  PROFESSIONAL: "Professional",
  ENTERPRISE: "Enterprise",
};

/** The lowest tier that includes each feature. */
const MINIMUM_TIER = {
  /** §4 "Update ticket status based on emails" (triggers A and B; not the reopen rule). */
  statusEmailTriggers: "STARTER",
  /** §5 status actions: send email, send internal email notification. */
  statusActions: "STARTER",
  /** §5 workflow actions beyond email/notification: delay, branch, set property, task, owner, webhook. */
  workflowActions: "PROFESSIONAL",
  /** §5 "Open in Workflows" and §4 "View workflow": the full workflow editor. */
  workflowEditor: "PROFESSIONAL",
  /** §8 pipeline rules (the Rules tab). */
  pipelineRules: "PROFESSIONAL",
  /** §9 SLAs per pipeline: below it no SLA clock starts. */
  sla: "PROFESSIONAL",
} as const satisfies Record<string, PlanTier>;

export type PlanFeature = keyof typeof MINIMUM_TIER;

export const FEATURE_LABEL: Record<PlanFeature, string> = {
  statusEmailTriggers: "Updating ticket status based on emails",
  statusActions: "Actions when a ticket reaches a status",
  workflowActions: "Workflow actions (delay, branch, set property, task, owner, webhook)",
  workflowEditor: "The workflow editor",
  pipelineRules: "Pipeline rules",
  sla: "SLAs",
};

export function requiredPlan(feature: PlanFeature): PlanTier {
  return MINIMUM_TIER[feature];
}

export function planAllows(tier: PlanTier, feature: PlanFeature): boolean {
  return PLAN_TIERS.indexOf(tier) >= PLAN_TIERS.indexOf(MINIMUM_TIER[feature]);
}

/** What unlocks a feature, in the words a locked section shows. */
export function planLockMessage(feature: PlanFeature): string {
  return `${FEATURE_LABEL[feature]} needs the ${PLAN_LABEL[requiredPlan(feature)]} plan or above.`;
}

/** §6 ticket pipelines per plan, as in the source product. */
export const PIPELINE_LIMIT: Record<PlanTier, number> = {
  FREE: 1,
  STARTER: 2,
  PROFESSIONAL: 15,
  ENTERPRISE: 100,
};

/**
 * Why one more pipeline cannot be created, or null if it can. A downgrade deletes nothing:
 * pipelines beyond the limit stay usable, only new ones are refused.
 */
export function pipelineLimitRefusal(tier: PlanTier, existing: number): string | null {
  const limit = PIPELINE_LIMIT[tier];
  if (existing < limit) return null;
  const next = PLAN_TIERS.find((t) => PIPELINE_LIMIT[t] > existing);
  const unlock = next ? ` The ${PLAN_LABEL[next]} plan allows ${PIPELINE_LIMIT[next]}.` : "";
  const plural = limit === 1 ? "pipeline" : "pipelines";
  return `The ${PLAN_LABEL[tier]} plan includes ${limit} ticket ${plural}; this account has ${existing}.${unlock}`;
}
