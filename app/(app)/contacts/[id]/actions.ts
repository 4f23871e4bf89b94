"use server";

import { authorizedAction } from "@/lib/actions/authorized-action";
import { ZContactEmail } from "@/lib/conversations/schemas";
import { sendContactEmail } from "@/lib/conversations/send-contact-email";
import { ZUpdateContact } from "@/lib/contacts/schemas";
import { updateContact } from "@/lib/contacts/update-contact";

/** An email from the contact record: recorded and delivered, never moves a ticket (SPEC §4). */
export const sendContactEmailAction = authorizedAction("email.send", ZContactEmail, async (input, user) => {
  const sent = await sendContactEmail(user, input);
  return { messageId: sent.messageId, duplicate: sent.duplicate };
});

export const updateContactAction = authorizedAction("contacts.edit", ZUpdateContact, (input) => updateContact(input));
