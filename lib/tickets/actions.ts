"use server";
// The ticket actions of the board, the new-ticket form and the ticket record. None calls
// revalidatePath: the board refetches what it shows, the form navigates to the new ticket itself,
// and the record page refreshes itself (router.refresh).

import { authorizedAction } from "@/lib/auth/authorized-action";
import { ZMoveTicket } from "@/lib/tickets/board-schemas";
import { createTicket } from "@/lib/tickets/create-ticket";
import { moveTicket } from "@/lib/tickets/move-ticket";
import { ZTicketPropertiesChange } from "@/lib/tickets/record-schemas";
import { ZNewTicket } from "@/lib/tickets/schemas-new-ticket";
import { updateTicket } from "@/lib/tickets/update-ticket";
import { personCause } from "@/lib/tickets/person-cause";

/** A card dropped in another column. */
export const moveTicketAction = authorizedAction("tickets.move", ZMoveTicket, (input, user) => moveTicket(user, input));

/** The new-ticket form (no redirect: the result says where the ticket is). */
export const createTicketAction = authorizedAction("tickets.create", ZNewTicket, (input, user) =>
  createTicket(user, input),
);

/** Status, owner, priority: through the engine, refused on a stale version. */
export const updateTicketPropertiesAction = authorizedAction(
  "tickets.edit",
  ZTicketPropertiesChange,
  async (input, user) => {
    const ticket = await updateTicket(input.ticketId, input.change, personCause("user", user));
    return { version: ticket.version, statusId: ticket.statusId, closeDate: ticket.closeDate };
  },
);
