import Link from "next/link";
import { Lock } from "lucide-react";
import { planLockMessage, type PlanFeature } from "@/lib/account/plan";

/** A section the account's plan does not include: what unlocks it, and where to change the plan. */
export function PlanLock({ feature }: { feature: PlanFeature }) {
  return (
    <p
      data-testid={`plan-lock-${feature}`}
      className="flex items-start gap-2 rounded-md border border-warning bg-warning/15 px-3 py-2 text-sm"
    >
      <Lock aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>
        {planLockMessage(feature)}{" "}
        <Link
          href="/settings/account"
          className="whitespace-nowrap font-medium text-primary underline-offset-2 hover:underline"
        >
          Change plan
        </Link>
      </span>
    </p>
  );
}
