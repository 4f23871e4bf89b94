// GET /api/v1/pipelines shows the plan-limited state (SPEC §6): each pipeline says whether it
// is within the plan's count (in display order; the rest were kept after a downgrade and stay
// usable), and the answer's headers give the plan, its limit and whether one more can be made.
import { PIPELINE_LIMIT, pipelineLimitRefusal, type PlanTier } from "@/lib/account/plan";

export const PLAN_HEADERS = {
  plan: "Ticketflow-Plan",
  limit: "Ticketflow-Pipeline-Limit",
  canCreate: "Ticketflow-Pipeline-Can-Create",
} as const;

export function withinPlan(tier: PlanTier, index: number): boolean {
  return index < PIPELINE_LIMIT[tier];
}

export function planLimitHeaders(tier: PlanTier, count: number): Record<string, string> {
  return {
    [PLAN_HEADERS.plan]: tier,
    [PLAN_HEADERS.limit]: String(PIPELINE_LIMIT[tier]),
    [PLAN_HEADERS.canCreate]: pipelineLimitRefusal(tier, count) === null ? "true" : "false",
  };
}
