"use client";
// The "+" under a lane: the action types, with those the plan lacks shown locked (SPEC §6).
import { Lock, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { PLAN_LABEL, planAllows, requiredPlan, type PlanTier } from "@/lib/account/plan";
import { ACTION_TYPE_ORDER, actionFeature, actionLabel, type TActionType } from "@/lib/workflows/action-types/catalog";
import { ACTION_ICON } from "@/lib/workflows/action-types/action-icons";
import { ADD_ACTION_ATTR } from "./focus-after-delete";

interface AddActionMenuProps {
  statusLabel: string;
  planTier: PlanTier;
  onPick: (type: TActionType) => void;
  /** Names this "+" so focus can come back to it when the panel it opened closes (panelOpener). */
  addKey: string;
}

export function AddActionMenu({ statusLabel, planTier, onPick, addKey }: AddActionMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="outline"
          size="icon"
          className="size-8 rounded-full"
          aria-label={`Add action to ${statusLabel}`}
          {...{ [ADD_ACTION_ATTR]: addKey }}
        >
          <Plus aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-80 max-w-[calc(100vw-1rem)]">
        <DropdownMenuLabel>Add an action</DropdownMenuLabel>
        {ACTION_TYPE_ORDER.map((type) => {
          const label = actionLabel(type);
          const Icon = ACTION_ICON[type];
          const feature = actionFeature(type);
          const allowed = planAllows(planTier, feature);
          return (
            // Locked items stay legible (not faded): they say what unlocks them.
            <DropdownMenuItem
              key={type}
              disabled={!allowed}
              onSelect={() => onPick(type)}
              className="data-[disabled]:opacity-100"
            >
              <Icon aria-hidden className={allowed ? undefined : "text-muted-foreground"} />
              <span className={allowed ? "flex-1" : "flex-1 text-muted-foreground"}>{label}</span>
              {allowed ? null : (
                <span className="flex items-center gap-1 whitespace-nowrap rounded border border-warning bg-warning/15 px-1.5 py-0.5 text-[11px] text-foreground">
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
