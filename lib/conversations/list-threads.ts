// Conversations as the records show them: every thread of a ticket (or a contact) with every
// message, and for outgoing ones whether the mail transport has taken them (the Outbox).
import "server-only";
import { attachmentSelect } from "@/lib/attachments/attachment-list";
import { db } from "@/lib/db";

const messageSelect = {
  id: true,
  messageId: true,
  direction: true,
  sentFrom: true,
  fromEmail: true,
  fromName: true,
  userId: true,
  toEmail: true,
  subject: true,
  text: true,
  newText: true,
  forwarded: true,
  autoReply: true,
  bounce: true,
  listMail: true,
  createdAt: true,
  attachments: { orderBy: { position: "asc" }, select: attachmentSelect },
} as const;

export async function listThreads(where: { ticketId: string } | { contactId: string }) {
  const threads = await db.thread.findMany({
    where,
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      threadKey: true,
      subject: true,
      createdAt: true,
      ticketId: true,
      channel: { select: { name: true } },
      messages: { orderBy: { createdAt: "asc" }, select: messageSelect },
    },
  });
  const outgoing = threads.flatMap((t) => t.messages.filter((m) => m.direction === "OUTBOUND").map((m) => m.messageId));
  const delivered = await db.outboxEmail.findMany({
    where: { messageId: { in: outgoing } },
    select: { messageId: true, createdAt: true },
  });
  const deliveredAt = new Map(delivered.map((d) => [d.messageId, d.createdAt]));
  const senders = await senderNames(threads.flatMap((t) => t.messages.flatMap((m) => m.userId ?? [])));
  return threads.map((thread) => ({
    ...thread,
    messages: thread.messages.map(({ userId, ...m }) => ({
      ...m,
      // An agent's email reads with their name, not only their address.
      fromName: m.fromName ?? (userId ? (senders.get(userId) ?? null) : null),
      deliveredAt: deliveredAt.get(m.messageId) ?? null,
    })),
  }));
}

async function senderNames(userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(userIds)] } },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}

export type ThreadView = Awaited<ReturnType<typeof listThreads>>[number];
export type MessageView = ThreadView["messages"][number];
