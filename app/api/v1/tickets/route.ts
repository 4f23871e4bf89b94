// GET /api/v1/tickets?pipelineId=&statusId=&limit=&cursor= — newest first. The body is an
// array (like GET /api/v1/pipelines); the next page's cursor is in X-Next-Cursor and Link.
import { apiRoute } from "@/lib/api/api-route";
import { listTickets } from "@/lib/tickets/list-tickets";
import { ZListTicketsQuery } from "@/lib/tickets/schemas";

export const GET = apiRoute({ permission: "tickets.view", query: ZListTicketsQuery }, async ({ query, request }) => {
  const { tickets, nextCursor } = await listTickets(query);
  if (!nextCursor) return Response.json(tickets);
  const url = new URL(request.url);
  url.searchParams.set("cursor", nextCursor);
  return Response.json(tickets, { headers: { "X-Next-Cursor": nextCursor, Link: `<${url}>; rel="next"` } });
});
