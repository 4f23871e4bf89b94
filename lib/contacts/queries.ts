import "server-only";
import { db } from "@/lib/db";

export function listContacts(take = 200) {
  return db.contact.findMany({
    orderBy: { name: "asc" },
    take,
    select: { id: true, name: true, email: true, marketingContact: true, _count: { select: { tickets: true } } },
  });
}

/** Whether a contact exists: the record's layout answers 404 before its page streams. */
export async function contactExists(id: string): Promise<boolean> {
  return (await db.contact.count({ where: { id } })) > 0;
}
