"use client";
// A search or filter that matches no ticket: one message for the whole board (not an empty
// column per status) and the way back to every ticket.
import { SearchX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useLiveBoard } from "./use-live-board";

export function NoMatches({ pipelineId, onClear }: { pipelineId: string; onClear: () => void }) {
  // A ticket that starts to match elsewhere still shows up without a reload.
  useLiveBoard(pipelineId, false);
  return (
    <div
      className="flex flex-col items-center gap-3 rounded-lg border border-dashed px-4 py-12 text-center"
      data-testid="board-no-matches"
    >
      <SearchX aria-hidden className="size-8 text-muted-foreground" />
      <h2 className="text-base font-semibold">No tickets match these filters</h2>
      <p className="max-w-sm text-sm text-muted-foreground">
        Try other words or filters, or clear them to see every ticket of this pipeline.
      </p>
      <Button variant="outline" onClick={onClear}>
        Clear filters
      </Button>
    </div>
  );
}
