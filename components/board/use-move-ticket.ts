"use client";
// The board's move, optimistic (STYLE.md item 7): onMutate cancels the board's fetches, moves
// the card and the counts in the cache at once, and keeps what it replaced; onError puts it
// back and says why; onSettled refetches the two columns and the counts from the server.
import { useMutation, useMutationState, useQueryClient } from "@tanstack/react-query";
import { moveTicketAction } from "@/lib/tickets/actions";
import { unwrap } from "@/lib/actions/unwrap-action";
import type { BoardCard, BoardCounts, TBoardFilters } from "@/lib/tickets/board-schemas";
import { toast } from "@/components/ui/toast";
import { insertCard, patchCard, removeCard, shiftCount, type ColumnData } from "./board-cache";
import { boardKeys } from "./board-queries";

export interface MoveVariables {
  card: BoardCard;
  fromStatusId: string;
  toStatusId: string;
}

const MOVE_KEY = ["board", "move"] as const;

export function useMoveTicket(pipelineId: string, filters: TBoardFilters) {
  const queryClient = useQueryClient();
  const keys = (v: MoveVariables) => ({
    from: boardKeys.column(pipelineId, filters, v.fromStatusId),
    to: boardKeys.column(pipelineId, filters, v.toStatusId),
    counts: boardKeys.counts(pipelineId, filters),
  });
  return useMutation({
    mutationKey: MOVE_KEY,
    mutationFn: ({ card, toStatusId }: MoveVariables) =>
      unwrap(moveTicketAction({ ticketId: card.id, toStatusId, version: card.version })),
    onMutate: async (v) => {
      const { from, to, counts } = keys(v);
      await queryClient.cancelQueries({ queryKey: boardKeys.filtered(pipelineId, filters) });
      const previous = {
        from: queryClient.getQueryData<ColumnData>(from),
        to: queryClient.getQueryData<ColumnData>(to),
        counts: queryClient.getQueryData<BoardCounts>(counts),
      };
      queryClient.setQueryData<ColumnData>(from, (data) => removeCard(data, v.card.id));
      queryClient.setQueryData<ColumnData>(to, (data) => insertCard(data, { ...v.card, statusId: v.toStatusId }));
      queryClient.setQueryData<BoardCounts>(counts, (data) => shiftCount(data, v.fromStatusId, v.toStatusId));
      return previous;
    },
    onError: (error, v, previous) => {
      if (previous) {
        const { from, to, counts } = keys(v);
        queryClient.setQueryData(from, previous.from);
        queryClient.setQueryData(to, previous.to);
        queryClient.setQueryData(counts, previous.counts);
      }
      toast.error(error.message || "The ticket could not be moved.", { duration: 10_000 });
    },
    onSuccess: (moved, v) => {
      // The next drag of this card must send the version the server just wrote.
      const patch = { version: moved.version, closeDate: moved.closeDate, statusId: moved.statusId };
      queryClient.setQueryData<ColumnData>(keys(v).to, (data) => patchCard(data, moved.id, patch));
    },
    onSettled: (_data, _error, v) => {
      const { from, to, counts } = keys(v);
      return Promise.all([from, to, counts].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

/** Ids of cards whose move is on its way: they cannot be dragged again until it lands. */
export function usePendingMoves(): Set<string> {
  const pending = useMutationState({
    filters: { mutationKey: MOVE_KEY, status: "pending" },
    select: (mutation) => (mutation.state.variables as MoveVariables | undefined)?.card.id,
  });
  return new Set(pending.filter((id): id is string => id !== undefined));
}
