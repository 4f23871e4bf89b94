// The contact record: the contact's properties and their tickets, newest first.
import "server-only";
import { db } from "@/lib/db";

export async function getContactRecord(id: string) {
  const contact = await db.contact.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      marketingContact: true,
      createdAt: true,
      tickets: {
        orderBy: { createdAt: "desc" },
        take: 100,
        select: {
          id: true,
          subject: true,
          priority: true,
          createdAt: true,
          closeDate: true,
          status: { select: { label: true, state: true } },
          pipeline: { select: { name: true } },
        },
      },
    },
  });
  if (!contact) return null;
  return {
    ...contact,
    tickets: contact.tickets.map((t) => ({ ...t, closeDate: t.closeDate?.toISOString().slice(0, 10) ?? null })),
  };
}

export type ContactRecord = NonNullable<Awaited<ReturnType<typeof getContactRecord>>>;
