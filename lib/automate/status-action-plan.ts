// SPEC §6 for status actions: the section needs Starter; delay, branch, set property, task,
// owner and webhook need Professional. Refused with PLAN_REQUIRED.
import "server-only";
import { assertPlanAllows } from "@/lib/account/plan";
import { requirePlan } from "@/lib/account/current-plan";
import { actionFeature, type TActionType } from "@/lib/workflows/action-types/registry";
import type { Tx } from "@/lib/db/tx";

/** `type` null: a change that adds no action of any type (deleting). */
export async function assertPlanAllowsStatusAction(tx: Tx, type: TActionType | null): Promise<void> {
  const tier = await requirePlan("statusActions", tx);
  if (type) assertPlanAllows(tier, actionFeature(type));
}
