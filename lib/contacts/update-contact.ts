// The contact record's properties: name and marketing contact (SPEC §5: non-transactional
// automated emails only go to marketing contacts). Each change is a History row of the contact,
// written in the same transaction.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { diffFields, recordChanges, type ChangeActor } from "@/lib/history/record-change";
import type { TUpdateContact } from "./schemas";

export const contactScope = (contactId: string) => `contact:${contactId}`;

export async function updateContact(input: TUpdateContact, actor: ChangeActor) {
  const after = { name: input.name || null, marketingContact: input.marketingContact };
  return db.$transaction(async (tx) => {
    // FOR UPDATE: two saves at once each record the change they made, not the same one twice.
    const locked = await tx.$queryRaw<{ name: string | null; marketingContact: boolean }[]>`
      SELECT name, "marketingContact" FROM "Contact" WHERE id = ${input.contactId} FOR UPDATE`;
    const before = locked[0];
    if (!before) throw new AppError("NOT_FOUND", "This contact no longer exists.");
    await tx.contact.update({ where: { id: input.contactId }, data: after });
    await recordChanges(tx, actor, {
      scope: contactScope(input.contactId),
      entityType: "contact",
      entityId: input.contactId,
      changes: diffFields(before, after, ["name", "marketingContact"]),
    });
    return after;
  });
}
