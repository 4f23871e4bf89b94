"use client";

import { useCallback, useRef } from "react";
import { useDraggable } from "@dnd-kit/core";
import type { BoardCard } from "@/lib/tickets/board-schemas";
import type { CardDragData } from "./announcements";
import { useRefocusAfterDrop } from "./refocus-after-drop";
import { TicketCard } from "./ticket-card";

export function DraggableCard({ card, statusId, pending }: { card: BoardCard; statusId: string; pending: boolean }) {
  const data: CardDragData = { card, fromStatusId: statusId };
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: card.id,
    data,
    disabled: pending,
    attributes: { roleDescription: "draggable ticket" },
  });
  const link = useRef<HTMLAnchorElement | null>(null);
  const handleRef = useCallback(
    (node: HTMLAnchorElement | null) => {
      link.current = node;
      setActivatorNodeRef(node);
    },
    [setActivatorNodeRef],
  );
  useRefocusAfterDrop(card.id, link);
  return (
    <li>
      <TicketCard
        card={card}
        pending={pending}
        dragging={isDragging}
        drag={{ nodeRef: setNodeRef, handleRef, listeners, attributes }}
      />
    </li>
  );
}
