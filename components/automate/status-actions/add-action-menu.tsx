"use client";
// The "+" under a lane: the action types, with those the plan lacks shown locked (SPEC §6).
import { Lock, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { PLAN_LABEL, actionFeature, planAllows, requiredPlan, type PlanTier } from "@/lib/account/plan";
import type { TActionType } from "@/lib/workflows/action-config";
import { ACTION_EDITORS, MENU_ORDER } from "./editors/action-editors";

interface AddActionMenuProps {
  statusLabel: string;
  planTier: PlanTier;
  onPick: (type: TActionType) => void;
}

export function AddActionMenu({ statusLabel, planTier, onPick }: AddActionMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="icon" className="size-8 rounded-full" aria-label={`Add action to ${statusLabel}`}>
          <Plus aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-72">
        <DropdownMenuLabel>Add an action</DropdownMenuLabel>
        {MENU_ORDER.map((type) => {
          const { label, icon: Icon } = ACTION_EDITORS[type];
          const feature = actionFeature(type);
          const allowed = planAllows(planTier, feature);
          return (
            <DropdownMenuItem key={type} disabled={!allowed} onSelect={() => onPick(type)}>
              <Icon aria-hidden /> <span className="flex-1">{label}</span>
              {allowed ? null : (
                <span className="flex items-center gap-1 text-[11px] text-muted-foreground">
                  <Lock aria-hidden className="size-3!" /> Requires {PLAN_LABEL[requiredPlan(feature)]}
                </span>
              )}
            </DropdownMenuItem>
          );
        })}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
