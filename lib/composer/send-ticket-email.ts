// The ticket record's composer: SPEC §4 trigger A ("An email is sent to a customer" from the
// ticket record). The engine decides whether the ticket moves; nothing here does.
import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { replyThread } from "./reply-thread";
import type { TTicketEmail } from "./schemas";
import { sendEmail } from "./send-email";

export async function sendTicketEmail(user: CurrentUser, input: TTicketEmail) {
  const ticket = await db.ticket.findUnique({
    where: { id: input.ticketId },
    select: { contact: { select: { email: true } } },
  });
  if (!ticket) throw new AppError("NOT_FOUND", "This ticket no longer exists.");
  if (!ticket.contact) {
    throw new AppError("BAD_REQUEST", "This ticket has no contact to email.", [
      { path: ["ticketId"], message: "The ticket has no contact." },
    ]);
  }
  const thread = await replyThread(input.threadId, { ticketId: input.ticketId });
  return sendEmail(user, {
    sentFrom: "ticket",
    ticketId: input.ticketId,
    to: ticket.contact.email,
    thread,
    subject: input.subject,
    text: input.text,
    sendKey: input.sendKey,
  });
}
