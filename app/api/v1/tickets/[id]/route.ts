// GET /api/v1/tickets/:id (every property) and PATCH { statusId?, ownerId?, priority?, version }
// through the engine: a stale version or an illegal move is a 409.
import { apiRoute } from "@/lib/api/api-route";
import { assertCan } from "@/lib/auth/current-user";
import { getTicket } from "@/lib/tickets/get-ticket";
import { ZUpdateTicket } from "@/lib/tickets/schemas";
import { updateTicket } from "@/lib/tickets/update-ticket";
import { personCause } from "@/lib/tickets/person-cause";

type Params = { id: string };

export const GET = apiRoute<Params>({ permission: "tickets.view" }, ({ params }) => getTicket(params.id));

export const PATCH = apiRoute<Params, typeof ZUpdateTicket>(
  { permission: "tickets.edit", body: ZUpdateTicket },
  ({ user, body, params }) => {
    if (body.statusId !== undefined) assertCan(user, "tickets.move");
    // An API key obeys the pipeline rules as its user does (SPEC §8).
    return updateTicket(params.id, body, personCause("api", user));
  },
);
