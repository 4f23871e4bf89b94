"use server";

import { authorizedAction } from "@/lib/actions/authorized-action";
import { ZMoveTicket } from "@/lib/tickets/board-schemas";
import { moveTicket } from "@/lib/tickets/move-ticket";

/** A card dropped in another column. No revalidatePath: the board refetches what it shows. */
export const moveTicketAction = authorizedAction("tickets.move", ZMoveTicket, (input, user) => moveTicket(user, input));
