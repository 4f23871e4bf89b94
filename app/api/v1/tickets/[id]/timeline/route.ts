// GET /api/v1/tickets/:id/timeline — newest first, each entry with who or what caused it.
import { apiRoute } from "@/lib/api/api-route";
import { getTicketTimeline } from "@/lib/tickets/ticket-timeline";

export const GET = apiRoute<{ id: string }>({ permission: "tickets.view" }, ({ params }) =>
  getTicketTimeline(params.id),
);
