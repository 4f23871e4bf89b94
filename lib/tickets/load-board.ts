// What the board page renders first: the pipelines to pick from, the chosen one's columns with
// their first pages and counts, and the owners to filter by. Two queries for the board itself.
import "server-only";
import { listPipelines } from "@/lib/pipeline-reads/queries";
import { listActiveUsers } from "@/lib/users/queries";
import { pipelineRulesBind } from "@/lib/automation";
import type { Actor } from "@/lib/auth/policy";
import { currentPlanTier } from "@/lib/account/current-plan";
import { readPipelineRules } from "@/lib/pipeline-reads/pipeline-rules-json";
import { personCause } from "./person-cause";
import { boardFirstPages } from "./board-columns";
import { boardSearchFirstPages } from "./board-search-pages";
import { boardCounts } from "./board-counts";
import { BOARD_PAGE_SIZE, type TBoardFilters } from "./board-schemas";

/** With a search text the counts and (mostly) the pages come in one query; without, two side by side. */
async function firstPagesAndCounts(pipelineId: string, filters: TBoardFilters) {
  if (filters.q) return boardSearchFirstPages(pipelineId, filters, BOARD_PAGE_SIZE);
  const [pages, counts] = await Promise.all([
    boardFirstPages(pipelineId, filters, BOARD_PAGE_SIZE),
    boardCounts({ pipelineId, ...filters }),
  ]);
  return { pages, counts };
}

export async function loadBoard(requestedPipelineId: string | undefined, filters: TBoardFilters, viewer: Actor) {
  const [pipelines, owners, planTier] = await Promise.all([listPipelines(), listActiveUsers(), currentPlanTier()]);
  const pipeline = pipelines.find((p) => p.id === requestedPipelineId) ?? pipelines[0];
  if (!pipeline) return null;
  const [{ pages, counts }, rules] = await Promise.all([
    firstPagesAndCounts(pipeline.id, filters),
    readPipelineRules(pipeline.id),
  ]);
  return {
    pipelines: pipelines.map(({ id, name }) => ({ id, name })),
    pipeline: {
      id: pipeline.id,
      name: pipeline.name,
      statuses: pipeline.statuses,
      // SPEC §8: the rules as they bind this viewer (null: not at all — bypass, plan, or none
      // set), so the board greys the columns a dragged card cannot go to. The engine decides.
      moveRules: pipelineRulesBind(personCause("user", viewer), planTier) ? rules : null,
    },
    pages,
    counts,
    owners: owners.map(({ id, name }) => ({ id, name })),
  };
}

export type LoadedBoard = NonNullable<Awaited<ReturnType<typeof loadBoard>>>;
export type BoardStatus = LoadedBoard["pipeline"]["statuses"][number];
