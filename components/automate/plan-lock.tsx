import Link from "next/link";
import { Lock } from "lucide-react";
import { planLockMessage, type PlanFeature } from "@/lib/account/plan";

type PlanLockProps = { feature: PlanFeature; id?: string } | { message: string; testId: string; id?: string };

/** A section the account's plan does not include: what unlocks it, and where to change the plan. */
export function PlanLock(props: PlanLockProps) {
  const [text, testId] =
    "feature" in props ? [planLockMessage(props.feature), `plan-lock-${props.feature}`] : [props.message, props.testId];
  return (
    <p
      id={props.id}
      data-testid={testId}
      className="flex items-start gap-2 rounded-md border border-warning bg-warning/15 px-3 py-2 text-sm"
    >
      <Lock aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>
        {text}{" "}
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
