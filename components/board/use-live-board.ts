"use client";
// The board follows other people's and automation's changes (issue 15 item 6): when a ticket of
// this pipeline changes anywhere, the columns and counts are fetched again — but never while a card
// is being dragged or a move of this board is still being saved (that would yank the card away);
// the refetch then waits until the drag or the save is over.
import { useEffect, useRef } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useTicketChanges } from "@/components/live/use-ticket-changes";
import { boardKeys } from "./board-queries";

export function useLiveBoard(pipelineId: string, busy: boolean): void {
  const queryClient = useQueryClient();
  const waiting = useRef(false);
  const busyNow = useRef(busy);
  useEffect(() => {
    busyNow.current = busy;
    if (!busy && waiting.current) {
      waiting.current = false;
      void queryClient.invalidateQueries({ queryKey: boardKeys.all(pipelineId) });
    }
  }, [busy, pipelineId, queryClient]);
  useTicketChanges({ pipelineId }, () => {
    if (busyNow.current) waiting.current = true;
    else void queryClient.invalidateQueries({ queryKey: boardKeys.all(pipelineId) });
  });
}
