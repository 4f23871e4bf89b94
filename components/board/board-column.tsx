"use client";

import { useDroppable } from "@dnd-kit/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Ban, Lock } from "lucide-react";
import type { TBoardFilters } from "@/lib/tickets/board-schemas";
import type { BoardStatus } from "@/lib/tickets/load-board";
import { cn } from "@/lib/utils/cn";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { boardQueries } from "./board-queries";
import { DraggableCard } from "./draggable-card";

interface BoardColumnProps {
  pipelineId: string;
  filters: TBoardFilters;
  status: BoardStatus;
  count: number | undefined;
  pendingIds: Set<string>;
  /** While a card is dragged: why the pipeline rules do not let it go here (null: it may). */
  refusal: string | null;
}

/** One status: its count, its cards a page at a time, and a drop target for the whole column. */
export function BoardColumn({ pipelineId, filters, status, count, pendingIds, refusal }: BoardColumnProps) {
  const column = useInfiniteQuery(boardQueries.column(pipelineId, filters, status.id));
  const { setNodeRef, isOver } = useDroppable({ id: status.id });
  const cards = column.data?.pages.flatMap((page) => page.cards) ?? [];
  const headingId = `column-${status.id}`;
  const closed = status.state === "CLOSED";
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid="board-column"
      data-status-id={status.id}
      data-state={status.state}
      data-drop={refusal ? "refused" : undefined}
      title={refusal ?? undefined}
      className={cn(
        "flex max-h-[calc(100dvh-10rem)] min-h-64 w-[85vw] max-w-80 shrink-0 snap-start flex-col rounded-lg border bg-muted/40 sm:w-72",
        isOver && !refusal && "border-ring bg-accent/60 ring-2 ring-ring/30",
        refusal && "border-dashed opacity-50",
        refusal && isOver && "border-destructive",
      )}
    >
      <header className="flex items-center gap-2 border-b px-3 py-2">
        <h2 id={headingId} className="min-w-0 flex-1 truncate text-sm font-semibold">
          {status.label}
        </h2>
        {refusal ? (
          <Badge variant="outline" data-testid="column-refused">
            <Ban aria-hidden />
            Not allowed<span className="sr-only">: {refusal}</span>
          </Badge>
        ) : null}
        {closed ? (
          <Badge variant="secondary" title="A closed status">
            <Lock aria-hidden />
            Closed
          </Badge>
        ) : null}
        <span
          className="text-xs tabular-nums text-muted-foreground"
          data-testid="column-count"
          aria-label={`${count ?? 0} tickets`}
        >
          {count ?? "…"}
        </span>
      </header>
      <ol className="grid flex-1 content-start gap-2 overflow-y-auto p-2" aria-busy={column.isFetching || undefined}>
        {cards.map((card) => (
          <DraggableCard key={card.id} card={card} statusId={status.id} pending={pendingIds.has(card.id)} />
        ))}
        {column.isError ? (
          <li className="text-xs text-destructive" role="alert">
            {column.error.message}
          </li>
        ) : null}
        {!column.isPending && cards.length === 0 ? (
          <li className="px-1 py-6 text-center text-xs text-muted-foreground">No tickets</li>
        ) : null}
      </ol>
      {column.hasNextPage ? (
        <div className="border-t p-2">
          <Button
            variant="ghost"
            size="sm"
            className="w-full"
            onClick={() => column.fetchNextPage()}
            disabled={column.isFetchingNextPage}
          >
            {column.isFetchingNextPage ? "Loading…" : `Load more (${cards.length} of ${count ?? "?"})`}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
