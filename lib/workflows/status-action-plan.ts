// SPEC §6 for status actions: the section needs Starter; delay, branch, set property, task,
// owner and webhook need Professional. Refused with PLAN_REQUIRED.
import "server-only";
import { assertPlanAllows, actionFeature } from "@/lib/account/plan";
import { requirePlan } from "@/lib/account/current-plan";
import type { TActionType } from "./action-config";
import type { Tx } from "./status-action-chain";

/** `type` null: a change that adds no action of any type (deleting). */
export async function assertPlanAllowsStatusAction(tx: Tx, type: TActionType | null): Promise<void> {
  const tier = await requirePlan("statusActions", tx);
  if (type) assertPlanAllows(tier, actionFeature(type));
}
