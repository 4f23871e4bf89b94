"use server";

import { authorizedAction } from "@/lib/actions/authorized-action";
import { createTicket } from "@/lib/tickets/create-ticket";
import { ZNewTicket } from "@/lib/tickets/schemas-new-ticket";

/** The form navigates to the new ticket's record itself (no redirect: the result says where). */
export const createTicketAction = authorizedAction("tickets.create", ZNewTicket, (input, user) =>
  createTicket(user, input),
);
