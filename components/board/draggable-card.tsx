"use client";

import { useDraggable } from "@dnd-kit/core";
import type { BoardCard } from "@/lib/tickets/board-schemas";
import type { CardDragData } from "./announcements";
import { TicketCard } from "./ticket-card";

export function DraggableCard({ card, statusId, pending }: { card: BoardCard; statusId: string; pending: boolean }) {
  const data: CardDragData = { card, fromStatusId: statusId };
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: card.id,
    data,
    disabled: pending,
    attributes: { roleDescription: "draggable ticket" },
  });
  return (
    <li>
      <TicketCard
        card={card}
        pending={pending}
        dragging={isDragging}
        drag={{ nodeRef: setNodeRef, handleRef: setActivatorNodeRef, listeners, attributes }}
      />
    </li>
  );
}
