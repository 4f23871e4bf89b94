// SPEC §6 Plans: which parts of the product each plan tier includes. The one place these rules
// live; the UI asks it to lock sections (saying what unlocks them) and the server to refuse.
// Free of server imports.
import { AppError } from "@/lib/errors";

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
  /** §4 "Update ticket status based on emails" (triggers A and B). */
  statusEmailTriggers: "STARTER",
  /** §5 status actions: send email, send internal email notification. */
  statusActions: "STARTER",
  /** §5 workflow actions beyond email/notification: delay, branch, set property, task, owner, webhook. */
  workflowActions: "PROFESSIONAL",
  /** §5 "Open in Workflows": the full workflow editor. */
  workflowEditor: "PROFESSIONAL",
} as const satisfies Record<string, PlanTier>;

export type PlanFeature = keyof typeof MINIMUM_TIER;

export const FEATURE_LABEL: Record<PlanFeature, string> = {
  statusEmailTriggers: "Updating ticket status based on emails",
  statusActions: "Actions when a ticket reaches a status",
  workflowActions: "Workflow actions (delay, branch, set property, task, owner, webhook)",
  workflowEditor: "The workflow editor",
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

/** The server's refusal (AppError PLAN_REQUIRED, HTTP 403) when the account's plan lacks a feature. */
export function assertPlanAllows(tier: PlanTier, feature: PlanFeature): void {
  if (!planAllows(tier, feature)) throw new AppError("PLAN_REQUIRED", planLockMessage(feature));
}
