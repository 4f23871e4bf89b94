"use client";
// One bubble of a chain: click to edit (or view) it in the side panel; hover or keyboard focus
// shows its comment and delete icons.
import { describeAction } from "@/lib/workflows/describe-action";
import { DB_TO_ACTION_TYPE } from "@/lib/workflows/stored-action";
import type { TDeleteStatusAction } from "@/lib/workflows/status-action-schemas";
import { cn } from "@/lib/utils/cn";
import { ACTION_EDITORS } from "./editors/action-editors";
import { ActionComments } from "./action-comments";
import { DeleteActionMenu } from "./delete-action-menu";
import type { LaneAction } from "./types";

interface ActionBubbleProps {
  action: LaneAction;
  isLast: boolean;
  editable: boolean;
  onOpen: () => void;
  onDelete: (mode: TDeleteStatusAction["mode"]) => void;
}

export function ActionBubble({ action, isLast, editable, onOpen, onDelete }: ActionBubbleProps) {
  const description = describeAction(action.type, action.config);
  const { icon: Icon } = ACTION_EDITORS[DB_TO_ACTION_TYPE[action.type]];
  const comments = action._count.comments;
  return (
    <li className="group flex items-center gap-1" data-testid="action-bubble">
      <button
        type="button"
        onClick={onOpen}
        title={description}
        className="flex min-w-0 flex-1 items-center gap-2 rounded-2xl border bg-card px-3 py-1.5 text-left text-xs shadow-xs transition-colors hover:border-primary focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring"
      >
        <Icon aria-hidden className="size-3.5 shrink-0 text-primary" />
        <span className="line-clamp-2 break-words">{description}</span>
      </button>
      <div
        className={cn(
          "flex shrink-0 items-center opacity-0 transition-opacity group-hover:opacity-100 group-focus-within:opacity-100",
          "has-[[data-state=open]]:opacity-100 [@media(hover:none)]:opacity-100",
          comments > 0 && "opacity-100",
        )}
        data-testid="bubble-tools"
      >
        <ActionComments actionId={action.id} description={description} count={comments} />
        {editable ? <DeleteActionMenu description={description} hasFollowing={!isLast} onDelete={onDelete} /> : null}
      </div>
    </li>
  );
}
