// What an agent writes in a composer (ticket record or contact record). Free of server imports:
// the composer form and the server action parse with the same schemas.
import { z } from "zod";

const ZId = z.string().min(1).max(200);

const compose = {
  /** Made by the form once per email: a double submit sends it once. */
  sendKey: z.uuid(),
  /** Reply on this thread; null starts a new one. */
  threadId: ZId.nullable().default(null),
  subject: z.string().trim().min(1, "Write a subject.").max(300, "Keep the subject under 300 characters."),
  text: z.string().trim().min(1, "Write a message.").max(50_000, "The message is too long."),
};

/** SPEC §4 trigger A: sent from the ticket record. */
export const ZTicketEmail = z.object({ ticketId: ZId, ...compose });
export type TTicketEmail = z.infer<typeof ZTicketEmail>;
export type TTicketEmailInput = z.input<typeof ZTicketEmail>;

/** Sent from the contact record, optionally about one of the contact's tickets: never moves it. */
export const ZContactEmail = z.object({ contactId: ZId, ticketId: ZId.nullable().default(null), ...compose });
export type TContactEmail = z.infer<typeof ZContactEmail>;
export type TContactEmailInput = z.input<typeof ZContactEmail>;
