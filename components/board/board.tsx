"use client";

import { useId, useMemo, useRef, useState } from "react";
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardSensorOptions,
} from "@dnd-kit/core";
import { useQuery } from "@tanstack/react-query";
import { moveRuleRefusal, type PipelineRules } from "@/lib/automation";
import type { TBoardFilters } from "@/lib/tickets/board-schemas";
import type { BoardStatus } from "@/lib/tickets/load-board";
import { boardAnnouncements, screenReaderInstructions, type CardDragData } from "./announcements";
import { BoardColumn } from "./board-column";
import { boardQueries } from "./board-queries";
import { columnKeyboard } from "./keyboard-coordinates";
import { RefocusAfterDrop } from "./refocus-after-drop";
import { TicketCard } from "./ticket-card";
import { useLiveBoard } from "./use-live-board";
import { useMoveTicket, usePendingMoves } from "./use-move-ticket";

// Space picks a card up and drops it; Enter stays the subject link's own (it opens the ticket).
const keyboardCodes: KeyboardSensorOptions["keyboardCodes"] = {
  start: ["Space"],
  cancel: ["Escape"],
  end: ["Space", "Enter", "Tab"],
};

// The pointer's column when there is a pointer; the dragged card's overlap for the keyboard.
const collisionDetection: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};

interface BoardProps {
  pipelineId: string;
  statuses: BoardStatus[];
  /** The pipeline rules as they bind this user (null: they do not), for greying columns. */
  moveRules: PipelineRules | null;
  filters: TBoardFilters;
}

/** The columns of one pipeline; drag a card (mouse, touch or keyboard) to move the ticket. */
export function Board({ pipelineId, statuses, moveRules, filters }: BoardProps) {
  const counts = useQuery(boardQueries.counts(pipelineId, filters));
  const move = useMoveTicket(pipelineId, filters);
  const pendingIds = usePendingMoves();
  const [active, setActive] = useState<CardDragData | null>(null);
  useLiveBoard(pipelineId, active !== null || pendingIds.size > 0);
  // A stable id: dnd-kit's own counter differs between the server render and hydration.
  const dndId = useId();
  const movedByKeyboard = useRef<string | null>(null);
  const keyboard = useMemo(columnKeyboard, []);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // A short press picks a card up; a swipe still scrolls the board.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboard.coordinateGetter, keyboardCodes }),
  );
  // While a card is dragged: why each column it cannot go to refuses it (the engine's own words).
  const refusals = useMemo(() => {
    if (!active || !moveRules) return new Map<string, string>();
    return new Map(
      statuses.flatMap((s) => {
        const refusal = moveRuleRefusal({ statuses }, moveRules, active.fromStatusId, s);
        return refusal ? [[s.id, refusal] as const] : [];
      }),
    );
  }, [active, moveRules, statuses]);
  // Read when dnd-kit announces a column (after the render that set `active`), so the screen reader hears why too.
  const refusalsNow = useRef(refusals);
  refusalsNow.current = refusals;

  const announcements = useMemo(() => {
    const labels = new Map(statuses.map((s) => [s.id, `"${s.label}"`]));
    return boardAnnouncements(
      (id) => labels.get(id) ?? "unknown",
      (id) => refusalsNow.current.get(id) ?? null,
    );
  }, [statuses]);

  const onDragStart = ({ active: dragged }: DragStartEvent) => {
    keyboard.reset();
    movedByKeyboard.current = null;
    setActive(dragged.data.current as CardDragData);
  };
  const onDragEnd = ({ active: dragged, over, activatorEvent }: DragEndEvent) => {
    setActive(null);
    const data = dragged.data.current as CardDragData | undefined;
    if (!data || !over || over.id === data.fromStatusId) return;
    if (activatorEvent instanceof KeyboardEvent) movedByKeyboard.current = data.card.id;
    move.mutate(
      { card: data.card, fromStatusId: data.fromStatusId, toStatusId: String(over.id) },
      { onSettled: () => (movedByKeyboard.current = null) },
    );
  };

  return (
    <DndContext
      id={dndId}
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
    >
      <RefocusAfterDrop value={movedByKeyboard}>
        <div
          className="-mx-3 flex snap-x snap-mandatory scroll-px-3 gap-3 overflow-x-auto px-3 pb-3 sm:mx-0 sm:px-0"
          data-testid="board"
        >
          {statuses.map((status) => (
            <BoardColumn
              key={status.id}
              pipelineId={pipelineId}
              filters={filters}
              status={status}
              count={counts.data?.[status.id] ?? (counts.data ? 0 : undefined)}
              pendingIds={pendingIds}
              refusal={refusals.get(status.id) ?? null}
            />
          ))}
        </div>
      </RefocusAfterDrop>
      {/* The copy under the pointer is decoration: the card itself keeps the focus and the name. */}
      <DragOverlay dropAnimation={null}>
        {active ? (
          <div inert aria-hidden>
            <TicketCard card={active.card} overlay />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
