// What the board page renders first: the pipelines to pick from, the chosen one's columns with
// their first pages and counts, and the owners to filter by. Two queries for the board itself.
import "server-only";
import { listPipelines } from "@/lib/pipeline-reads/queries";
import { listActiveUsers } from "@/lib/users/queries";
import { boardFirstPages } from "./board-columns";
import { boardCounts } from "./board-counts";
import { BOARD_PAGE_SIZE, type TBoardFilters } from "./board-schemas";

export async function loadBoard(requestedPipelineId: string | undefined, filters: TBoardFilters) {
  const [pipelines, owners] = await Promise.all([listPipelines(), listActiveUsers()]);
  const pipeline = pipelines.find((p) => p.id === requestedPipelineId) ?? pipelines[0];
  if (!pipeline) return null;
  const [pages, counts] = await Promise.all([
    boardFirstPages(pipeline.id, filters, BOARD_PAGE_SIZE),
    boardCounts({ pipelineId: pipeline.id, ...filters }),
  ]);
  return {
    pipelines: pipelines.map(({ id, name }) => ({ id, name })),
    pipeline: { id: pipeline.id, name: pipeline.name, statuses: pipeline.statuses },
    pages,
    counts,
    owners: owners.map(({ id, name }) => ({ id, name })),
  };
}

export type LoadedBoard = NonNullable<Awaited<ReturnType<typeof loadBoard>>>;
export type BoardStatus = LoadedBoard["pipeline"]["statuses"][number];
