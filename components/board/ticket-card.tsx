"use client";

import Link from "next/link";
import type { CSSProperties, Ref } from "react";
import { GripVertical } from "lucide-react";
import type { DraggableAttributes, DraggableSyntheticListeners } from "@dnd-kit/core";
import type { BoardCard } from "@/lib/tickets/board-schemas";
import { cn } from "@/lib/utils/cn";
import { formatZonedTitle } from "@/lib/utils/zoned-time";
import { useAccountTimeZone } from "@/components/ui/account-time-zone";
import { PriorityBadge } from "@/components/ticket/priority-badge";
import { SlaBadge } from "@/components/sla/sla-badge";
import { cardAge } from "./card-age";

export interface CardDragProps {
  nodeRef?: Ref<HTMLElement>;
  /** The subject's link: the card's one tab stop, Enter opens the ticket and Space picks it up. */
  handleRef?: Ref<HTMLAnchorElement>;
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

/** Subject, contact, SLA, priority, owner, age. One tab stop: the subject's link, also the keyboard's drag handle. */
export function TicketCard({ card, drag, dragging, overlay, pending }: TicketCardProps) {
  const timeZone = useAccountTimeZone();
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
        "cursor-grab touch-manipulation hover:shadow-md active:cursor-grabbing has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-ring",
        dragging && "opacity-40",
        overlay && "rotate-1 shadow-lg ring-2 ring-ring/40",
        pending && "animate-pulse",
      )}
    >
      <div className="flex items-start gap-2">
        <Link
          href={`/tickets/${card.id}`}
          ref={drag?.handleRef}
          draggable={false}
          // Only the instructions: the link stays a link (dnd-kit's role and pressed state are a button's).
          aria-describedby={drag?.attributes?.["aria-describedby"]}
          className="line-clamp-2 min-w-0 flex-1 font-medium outline-hidden hover:underline"
        >
          {card.subject}
        </Link>
        <GripVertical className="size-4 shrink-0 text-muted-foreground" aria-hidden />
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
          title={`Created ${formatZonedTitle(new Date(card.createdAt), timeZone)}`}
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
