// SPEC §6 Plans: the rules live in the engine (lib/automation/plans.ts); this adds the server's
// refusal. Free of server imports, so the UI can ask it too.
import { planAllows, planLockMessage, type PlanFeature, type PlanTier } from "@/lib/automation/plans";
import { AppError } from "@/lib/errors";

export {
  FEATURE_LABEL,
  PIPELINE_LIMIT,
  PLAN_LABEL,
  PLAN_TIERS,
  pipelineLimitRefusal,
  planAllows,
  planLockMessage,
  requiredPlan,
  type PlanFeature,
  type PlanTier,
} from "@/lib/automation/plans";

/** The server's refusal (AppError PLAN_REQUIRED, HTTP 403) when the account's plan lacks a feature. */
export function assertPlanAllows(tier: PlanTier, feature: PlanFeature): void {
  if (!planAllows(tier, feature)) throw new AppError("PLAN_REQUIRED", planLockMessage(feature));
}
