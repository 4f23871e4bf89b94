import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TUpdateContact } from "./schemas";

export async function updateContact(input: TUpdateContact) {
  const updated = await db.contact.updateMany({
    where: { id: input.contactId },
    data: { name: input.name || null, marketingContact: input.marketingContact },
  });
  if (updated.count !== 1) throw new AppError("NOT_FOUND", "This contact no longer exists.");
  return { name: input.name || null, marketingContact: input.marketingContact };
}
