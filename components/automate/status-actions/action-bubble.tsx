"use client";
// One bubble of a chain: click to edit (or view) it in the side panel; hover or keyboard focus
// shows its comment and delete icons.
import { DB_TO_ACTION_TYPE, describeAction } from "@/lib/workflows/action-types/catalog";
import { ACTION_ICON } from "@/lib/workflows/action-types/action-icons";
import type { TDeleteStatusAction } from "@/lib/automate/status-action-schemas";
import { cn } from "@/lib/utils/cn";
import type { ActionNames } from "@/lib/workflows/action-types/define";
import { BreakableText } from "@/components/ui/breakable-text";
import { ActionComments } from "./action-comments";
import { DeleteActionMenu } from "./delete-action-menu";
import { BUBBLE_ATTR } from "./focus-after-delete";
import type { LaneAction } from "./types";

interface ActionBubbleProps {
  action: LaneAction;
  names: ActionNames;
  editable: boolean;
  /** How many actions "Delete this action and all following actions" removes. */
  followingCount: number;
  onOpen: () => void;
  onDelete: (mode: TDeleteStatusAction["mode"]) => void;
  focusAfterDelete: (mode: TDeleteStatusAction["mode"]) => boolean;
}

export function ActionBubble(props: ActionBubbleProps) {
  const { action, names, editable, followingCount, onOpen, onDelete, focusAfterDelete } = props;
  const description = describeAction(action.type, action.config, names);
  const Icon = ACTION_ICON[DB_TO_ACTION_TYPE[action.type]];
  const comments = action._count.comments;
  return (
    <li className="group relative" data-testid="action-bubble">
      <button
        type="button"
        onClick={onOpen}
        {...{ [BUBBLE_ATTR]: action.id }}
        title={description}
        className="flex w-full min-w-0 items-start gap-2 rounded-lg border bg-card px-3 py-2 text-left text-xs shadow-xs transition-colors hover:border-primary focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring"
      >
        <Icon aria-hidden className="mt-px size-3.5 shrink-0 text-primary" />
        <span className="line-clamp-3 break-words">
          <BreakableText text={description} />
        </span>
      </button>
      {/* Over the bubble's corner, so the bubble keeps the lane's full width. */}
      <div
        className={cn(
          "absolute -top-4 right-1 flex items-center rounded-md border bg-popover shadow-xs transition-opacity",
          "opacity-0 group-hover:opacity-100 group-focus-within:opacity-100 has-[[data-state=open]]:opacity-100 [@media(hover:none)]:opacity-100",
          comments > 0 && "opacity-100",
        )}
        data-testid="bubble-tools"
      >
        <ActionComments actionId={action.id} description={description} count={comments} />
        {editable ? (
          <DeleteActionMenu
            description={description}
            followingCount={followingCount}
            onDelete={onDelete}
            focusAfterDelete={focusAfterDelete}
          />
        ) : null}
      </div>
    </li>
  );
}
