// GET /api/v1/tickets/:id (every property) and PATCH { statusId?, ownerId?, priority?, version }
// through the engine: a stale version or an illegal move is a 409.
import { apiRoute } from "@/lib/api/api-route";
import { assertCan } from "@/lib/auth/current-user";
import { getTicket } from "@/lib/tickets/get-ticket";
import { ZUpdateTicket } from "@/lib/tickets/schemas";
import { updateTicket } from "@/lib/tickets/update-ticket";

type Params = { id: string };

export const GET = apiRoute<Params>({ permission: "tickets.view" }, ({ params }) => getTicket(params.id));

export const PATCH = apiRoute<Params, typeof ZUpdateTicket>(
  { permission: "tickets.edit", body: ZUpdateTicket },
  ({ user, body, params }) => {
    if (body.statusId !== undefined) assertCan(user, "tickets.move");
    return updateTicket(params.id, body, { kind: "api", userId: user.id });
  },
);
