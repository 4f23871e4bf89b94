"use client";

import Link from "next/link";
import type { CSSProperties, Ref } from "react";
import { GripVertical } from "lucide-react";
import type { DraggableAttributes, DraggableSyntheticListeners } from "@dnd-kit/core";
import type { BoardCard } from "@/lib/tickets/board-schemas";
import { cn } from "@/lib/utils/cn";
import { PriorityBadge } from "@/components/ticket/priority-badge";
import { SlaBadge } from "@/components/sla/sla-badge";
import { cardAge } from "./card-age";

export interface CardDragProps {
  nodeRef?: Ref<HTMLElement>;
  handleRef?: Ref<HTMLButtonElement>;
  listeners?: DraggableSyntheticListeners;
  attributes?: DraggableAttributes;
  style?: CSSProperties;
}

interface TicketCardProps {
  card: BoardCard;
  drag?: CardDragProps;
  /** The original stays in its column (faded) while its copy follows the pointer. */
  dragging?: boolean;
  overlay?: boolean;
  pending?: boolean;
}

/** Subject, contact, SLA, priority, owner, age; the grip is the keyboard's drag handle. */
export function TicketCard({ card, drag, dragging, overlay, pending }: TicketCardProps) {
  const contact = card.contact ? (card.contact.name ?? card.contact.email) : "No contact";
  return (
    <article
      ref={drag?.nodeRef}
      style={drag?.style}
      {...drag?.listeners}
      data-testid="ticket-card"
      data-ticket-id={card.id}
      aria-busy={pending || undefined}
      className={cn(
        "group grid gap-2 rounded-md border bg-card p-3 text-sm shadow-xs transition-shadow",
        "cursor-grab touch-manipulation hover:shadow-md active:cursor-grabbing",
        dragging && "opacity-40",
        overlay && "rotate-1 shadow-lg ring-2 ring-ring/40",
        pending && "animate-pulse",
      )}
    >
      <div className="flex items-start gap-2">
        <Link
          href={`/tickets/${card.id}`}
          draggable={false}
          className="line-clamp-2 min-w-0 flex-1 font-medium hover:underline"
        >
          {card.subject}
        </Link>
        <button
          type="button"
          ref={drag?.handleRef}
          {...drag?.attributes}
          aria-label={`Move ticket: ${card.subject}`}
          className="-m-1 rounded p-1 text-muted-foreground hover:bg-muted focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring"
        >
          <GripVertical className="size-4" aria-hidden />
        </button>
      </div>
      <p className="truncate text-xs text-muted-foreground">{contact}</p>
      {card.sla ? <SlaBadge sla={card.sla} /> : null}
      <div className="flex items-center gap-2 text-xs">
        <PriorityBadge priority={card.priority} />
        <span className="min-w-0 flex-1 truncate text-muted-foreground" data-testid="owner">
          {card.owner?.name ?? "Unassigned"}
        </span>
        <time
          dateTime={card.createdAt}
          title={`Created ${new Date(card.createdAt).toLocaleString()}`}
          suppressHydrationWarning
          className="shrink-0 text-muted-foreground"
        >
          {cardAge(card.createdAt)}
        </time>
      </div>
      {card.closeDate ? (
        <p className="text-xs text-muted-foreground" data-testid="card-close-date">
          Close date {card.closeDate}
        </p>
      ) : null}
    </article>
  );
}
