// The account's plan tier, read from the database on each call (a plan change applies at once).
import "server-only";
import { db } from "@/lib/db";
import { assertPlanAllows, type PlanFeature, type PlanTier } from "./plan";
import type { Tx } from "@/lib/db/tx";

type Reader = Pick<Tx, "account">;

export async function currentPlanTier(client: Reader = db): Promise<PlanTier> {
  const account = await client.account.findFirst({ select: { planTier: true } });
  return account?.planTier ?? "ENTERPRISE";
}

/** Refuses with PLAN_REQUIRED unless the account's plan includes the feature. */
export async function requirePlan(feature: PlanFeature, client: Reader = db): Promise<PlanTier> {
  const tier = await currentPlanTier(client);
  assertPlanAllows(tier, feature);
  return tier;
}
