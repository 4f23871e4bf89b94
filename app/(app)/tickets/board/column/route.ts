import { boardColumnPage } from "@/lib/tickets/board-columns";
import { boardReadRoute } from "@/lib/tickets/board-route";
import { ZBoardColumnQuery } from "@/lib/tickets/board-schemas";

/** GET /tickets/board/column?pipelineId&statusId[&cursor&ownerId&priority&q]: one page of a column. */
export const GET = boardReadRoute(ZBoardColumnQuery, boardColumnPage);
