// TanStack Query factories for the board (STYLE.md item 7): one infinite query per column
// (keyset pages) and one for the counts, all under ["board", pipelineId, filters] so a move
// can cancel, patch and refetch exactly what it touches.
import { infiniteQueryOptions, keepPreviousData, queryOptions } from "@tanstack/react-query";
import {
  filtersToParams,
  type BoardColumnPage,
  type BoardCounts,
  type TBoardFilters,
} from "@/lib/tickets/board-schemas";

async function getJson<T>(path: string, params: URLSearchParams, signal: AbortSignal): Promise<T> {
  const response = await fetch(`${path}?${params}`, { signal, headers: { Accept: "application/json" } });
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new Error(body?.error?.message ?? `The board could not be loaded (${response.status}).`);
  return body as T;
}

export const boardKeys = {
  all: (pipelineId: string) => ["board", pipelineId] as const,
  filtered: (pipelineId: string, filters: TBoardFilters) => ["board", pipelineId, filters] as const,
  column: (pipelineId: string, filters: TBoardFilters, statusId: string) =>
    ["board", pipelineId, filters, "column", statusId] as const,
  counts: (pipelineId: string, filters: TBoardFilters) => ["board", pipelineId, filters, "counts"] as const,
};

export const boardQueries = {
  column: (pipelineId: string, filters: TBoardFilters, statusId: string) =>
    infiniteQueryOptions({
      queryKey: boardKeys.column(pipelineId, filters, statusId),
      queryFn: ({ pageParam, signal }) => {
        const params = filtersToParams(filters);
        params.set("pipelineId", pipelineId);
        params.set("statusId", statusId);
        if (pageParam) params.set("cursor", pageParam);
        return getJson<BoardColumnPage>("/tickets/board/column", params, signal);
      },
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
      // While a new filter loads, the column keeps showing the last result instead of emptying.
      placeholderData: keepPreviousData,
    }),
  counts: (pipelineId: string, filters: TBoardFilters) =>
    queryOptions({
      queryKey: boardKeys.counts(pipelineId, filters),
      queryFn: ({ signal }) => {
        const params = filtersToParams(filters);
        params.set("pipelineId", pipelineId);
        return getJson<BoardCounts>("/tickets/board/counts", params, signal);
      },
      placeholderData: keepPreviousData,
    }),
};
