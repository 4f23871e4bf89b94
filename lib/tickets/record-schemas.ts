// The ticket record's property edits: the tickets API's own schema (status, owner, priority and
// the version read), for one ticket. Free of server imports.
import { z } from "zod";
import { ZUpdateTicket } from "./schemas";

export const ZTicketPropertiesChange = z.object({ ticketId: z.string().min(1).max(200), change: ZUpdateTicket });
export type TTicketPropertiesChange = z.input<typeof ZTicketPropertiesChange>;
