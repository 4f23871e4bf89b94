"use client";
// The board's filters live in the URL (shareable, kept on reload). Changing them replaces the
// history entry without a server round trip; TanStack Query fetches the new keys.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "next/navigation";
import { filtersFromParams, filtersToParams, type TBoardFilters } from "@/lib/tickets/board-schemas";

export function useBoardFilters(pipelineId: string) {
  const searchParams = useSearchParams();
  const key = searchParams.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity
  const filters = useMemo(() => filtersFromParams((name) => searchParams.get(name)), [key]);
  const setFilters = useCallback(
    (next: TBoardFilters) => {
      const params = filtersToParams(next);
      params.set("pipelineId", pipelineId);
      window.history.replaceState(null, "", `?${params}`);
    },
    [pipelineId],
  );
  return { filters, setFilters };
}
