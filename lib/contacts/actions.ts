"use server";

import { authorizedAction } from "@/lib/auth/authorized-action";
import { ZUpdateContact } from "@/lib/contacts/schemas";
import { updateContact } from "@/lib/contacts/update-contact";

export const updateContactAction = authorizedAction("contacts.edit", ZUpdateContact, (input, user) =>
  updateContact(input, user),
);
