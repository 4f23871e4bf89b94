"use client";

import { useQuery } from "@tanstack/react-query";
import type { LoadedBoard } from "@/lib/tickets/load-board";
import { Board } from "./board";
import { boardQueries } from "./board-queries";
import { SEARCH_ID } from "./board-filters";
import { BoardToolbar } from "./board-toolbar";
import { NoMatches } from "./no-matches";
import { useBoardFilters } from "./use-board-filters";

type BoardPageProps = Pick<LoadedBoard, "pipelines" | "pipeline" | "owners">;

/** The toolbar and the board share the filters held in the URL. */
export function BoardPage({ pipelines, pipeline, owners }: BoardPageProps) {
  const { filters, setFilters } = useBoardFilters(pipeline.id);
  const counts = useQuery(boardQueries.counts(pipeline.id, filters));
  const { sort, ...narrowing } = filters;
  const nothingMatches =
    Object.values(narrowing).some((value) => value !== undefined) &&
    counts.data !== undefined &&
    !counts.isPlaceholderData &&
    Object.values(counts.data).every((count) => count === 0);
  const clearFilters = () => {
    setFilters({ sort });
    // The button goes with the message: focus moves to the search box, not to <body>.
    requestAnimationFrame(() => document.getElementById(SEARCH_ID)?.focus());
  };
  return (
    <div className="space-y-4">
      <BoardToolbar
        pipelines={pipelines}
        pipelineId={pipeline.id}
        owners={owners}
        filters={filters}
        onFiltersChange={setFilters}
      />
      {nothingMatches ? (
        <NoMatches pipelineId={pipeline.id} onClear={clearFilters} />
      ) : (
        <Board pipelineId={pipeline.id} statuses={pipeline.statuses} moveRules={pipeline.moveRules} filters={filters} />
      )}
    </div>
  );
}
