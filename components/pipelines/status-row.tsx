"use client";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { GripVertical } from "lucide-react";
import type { AdminStatus } from "@/lib/pipelines/admin-view";
import { TICKET_STATE_LABEL } from "@/lib/pipelines/ticket-states";
import { cn } from "@/lib/utils/cn";
import { Badge } from "@/components/ui/badge";
import { StateSelect } from "./state-select";
import { StatusRowMenu } from "./status-row-menu";
import { usageText } from "./plural";

interface StatusRowProps {
  status: AdminStatus;
  index: number;
  siblings: AdminStatus[];
  pipelineName: string;
  canEdit: boolean;
  onMove: (delta: -1 | 1) => void;
}

/** One status: drag handle, position, name and usage, open/closed, and its menu. */
export function StatusRow({ status, index, siblings, pipelineName, canEdit, onMove }: StatusRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: status.id,
    disabled: !canEdit,
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="status-row"
      data-status-id={status.id}
      className={cn(
        "flex items-center gap-2 border-b bg-background px-2 py-2 last:border-0 sm:gap-3 sm:px-3",
        isDragging && "relative z-10 shadow-md",
      )}
    >
      {canEdit ? (
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="flex size-8 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-muted-foreground hover:bg-muted focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring active:cursor-grabbing"
          aria-label={`Reorder ${status.label}`}
          data-testid="status-drag-handle"
          {...attributes}
          {...listeners}
        >
          <GripVertical className="size-4" aria-hidden />
        </button>
      ) : null}
      <span className="w-6 shrink-0 text-right text-sm tabular-nums text-muted-foreground max-sm:hidden" aria-hidden>
        {index + 1}.
      </span>
      <div className="min-w-0 flex-1">
        <div className="break-words font-medium" data-testid="status-label">
          {status.label}
        </div>
        <div className="text-xs text-muted-foreground">{usageText(status) || "No tickets"}</div>
      </div>
      {canEdit ? (
        <StateSelect key={status.state} statusId={status.id} label={status.label} state={status.state} />
      ) : (
        <Badge variant={status.state === "CLOSED" ? "secondary" : "outline"}>{TICKET_STATE_LABEL[status.state]}</Badge>
      )}
      {canEdit ? (
        <StatusRowMenu
          status={status}
          siblings={siblings}
          pipelineName={pipelineName}
          onMove={onMove}
          isFirst={index === 0}
          isLast={index === siblings.length - 1}
        />
      ) : null}
    </li>
  );
}
