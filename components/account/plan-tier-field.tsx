"use client";

import { Controller, type UseFormReturn } from "react-hook-form";
import {
  FEATURE_LABEL,
  PLAN_LABEL,
  PLAN_TIERS,
  requiredPlan,
  type PlanFeature,
  type PlanTier,
} from "@/lib/account/plan";
import type { TAccountSettings } from "@/lib/account/schemas";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";

const FEATURES = Object.keys(FEATURE_LABEL) as PlanFeature[];

/** What a tier adds to the one below it. */
function adds(tier: PlanTier): string {
  if (tier === "FREE") return "Connected channels and close-date automation.";
  const added = FEATURES.filter((f) => requiredPlan(f) === tier);
  return added.length === 0
    ? "Everything in Professional."
    : `Adds ${added.map((f) => FEATURE_LABEL[f].toLowerCase()).join("; ")}.`;
}

/** SPEC §6: the plan decides which parts of the Automate tab are unlocked. */
export function PlanTierField({ form }: { form: UseFormReturn<TAccountSettings> }) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-2 text-sm font-medium">Plan</legend>
      <Controller
        control={form.control}
        name="planTier"
        render={({ field }) => (
          <RadioGroup
            value={field.value}
            onValueChange={field.onChange}
            disabled={field.disabled}
            aria-label="Plan"
            className="gap-2"
          >
            {PLAN_TIERS.map((tier) => (
              <label
                key={tier}
                className="flex cursor-pointer items-start gap-3 rounded-md border p-3 has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-accent/40"
              >
                <RadioGroupItem value={tier} className="mt-0.5" aria-label={PLAN_LABEL[tier]} />
                <span className="grid gap-0.5">
                  <span className="text-sm font-medium">{PLAN_LABEL[tier]}</span>
                  <span className="text-xs text-muted-foreground">{adds(tier)}</span>
                </span>
              </label>
            ))}
          </RadioGroup>
        )}
      />
    </fieldset>
  );
}
