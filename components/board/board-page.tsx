"use client";

import type { LoadedBoard } from "@/lib/tickets/load-board";
import { Board } from "./board";
import { BoardToolbar } from "./board-toolbar";
import { useBoardFilters } from "./use-board-filters";

type BoardPageProps = Pick<LoadedBoard, "pipelines" | "pipeline" | "owners">;

/** The toolbar and the board share the filters held in the URL. */
export function BoardPage({ pipelines, pipeline, owners }: BoardPageProps) {
  const { filters, setFilters } = useBoardFilters(pipeline.id);
  return (
    <div className="space-y-4">
      <BoardToolbar
        pipelines={pipelines}
        pipelineId={pipeline.id}
        owners={owners}
        filters={filters}
        onFiltersChange={setFilters}
      />
      <Board pipelineId={pipeline.id} statuses={pipeline.statuses} moveRules={pipeline.moveRules} filters={filters} />
    </div>
  );
}
