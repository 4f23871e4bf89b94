import "server-only";
import { db } from "@/lib/db";

export function listContacts(take = 200) {
  return db.contact.findMany({
    orderBy: { name: "asc" },
    take,
    select: { id: true, name: true, email: true, marketingContact: true, _count: { select: { tickets: true } } },
  });
}
