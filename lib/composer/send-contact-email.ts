// The contact record's composer. The email may be about one of the contact's tickets (it joins
// that ticket's conversations), but it is sent from the contact record: SPEC §4 says it never
// moves the ticket, and the engine (sentFrom "contact") is what says so.
import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { replyThread } from "./reply-thread";
import type { TContactEmail } from "./schemas";
import { sendEmail } from "./send-email";

async function assertContactsTicket(ticketId: string | null, contactId: string): Promise<void> {
  if (!ticketId) return;
  const ticket = await db.ticket.findFirst({ where: { id: ticketId, contactId }, select: { id: true } });
  if (!ticket) {
    const message = "Choose one of this contact's tickets.";
    throw new AppError("BAD_REQUEST", message, [{ path: ["ticketId"], message }]);
  }
}

export async function sendContactEmail(user: CurrentUser, input: TContactEmail) {
  const contact = await db.contact.findUnique({ where: { id: input.contactId }, select: { email: true } });
  if (!contact) throw new AppError("NOT_FOUND", "This contact no longer exists.");
  await assertContactsTicket(input.ticketId, input.contactId);
  const thread = await replyThread(input.threadId, { contactId: input.contactId });
  return sendEmail(user, {
    sentFrom: "contact",
    ticketId: input.ticketId,
    to: contact.email,
    thread,
    subject: input.subject,
    text: input.text,
    sendKey: input.sendKey,
  });
}
