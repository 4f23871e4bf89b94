"use server";
// Emails written by an agent, from a ticket record or a contact record. The record pages refresh
// themselves (router.refresh) afterwards: no revalidatePath.

import { authorizedAction } from "@/lib/auth/authorized-action";
import { ZContactEmail, ZTicketEmail } from "@/lib/composer/schemas";
import { sendContactEmail } from "@/lib/composer/send-contact-email";
import { sendTicketEmail } from "@/lib/composer/send-ticket-email";

/** SPEC §4 trigger A: an email to the contact from the ticket record. */
export const sendTicketEmailAction = authorizedAction("email.send", ZTicketEmail, async (input, user) => {
  const sent = await sendTicketEmail(user, input);
  return { messageId: sent.messageId, duplicate: sent.duplicate };
});

/** An email from the contact record: recorded and delivered, never moves a ticket (SPEC §4). */
export const sendContactEmailAction = authorizedAction("email.send", ZContactEmail, async (input, user) => {
  const sent = await sendContactEmail(user, input);
  return { messageId: sent.messageId, duplicate: sent.duplicate };
});
