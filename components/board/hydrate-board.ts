// The server's first pages and counts as TanStack Query cache entries, under the same keys the
// board's queries use, so the page is interactive without a client fetch.
import { QueryClient, dehydrate, type DehydratedState } from "@tanstack/react-query";
import type { TBoardFilters } from "@/lib/tickets/board-schemas";
import type { LoadedBoard } from "@/lib/tickets/load-board";
import type { ColumnData } from "./board-cache";
import { boardKeys } from "./board-queries";

export function dehydrateBoard(board: LoadedBoard, filters: TBoardFilters): DehydratedState {
  const client = new QueryClient();
  const pipelineId = board.pipeline.id;
  for (const status of board.pipeline.statuses) {
    const first = board.pages[status.id] ?? { cards: [], nextCursor: null };
    const data: ColumnData = { pages: [first], pageParams: [null] };
    client.setQueryData(boardKeys.column(pipelineId, filters, status.id), data);
  }
  client.setQueryData(boardKeys.counts(pipelineId, filters), board.counts);
  return dehydrate(client);
}
