import { boardCounts } from "@/lib/tickets/board-counts";
import { boardReadRoute } from "@/lib/tickets/board-route";
import { ZBoardCountsQuery } from "@/lib/tickets/board-schemas";

/** GET /tickets/board/counts?pipelineId[&ownerId&priority&q]: every column's ticket count. */
export const GET = boardReadRoute(ZBoardCountsQuery, boardCounts);
