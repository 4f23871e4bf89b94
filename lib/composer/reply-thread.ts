// The thread a composer replies on: it must belong to the ticket (or contact) the email is
// sent from. The reply answers its latest message (In-Reply-To) and names the thread's
// messages (References, oldest first), so the contact's answer threads back to it.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const MAX_REFERENCES = 20;

export interface ReplyThread {
  id: string;
  threadKey: string;
  lastMessageId: string | null;
  references: string[];
}

export async function replyThread(
  threadId: string | null,
  owner: { ticketId: string } | { contactId: string },
): Promise<ReplyThread | null> {
  if (!threadId) return null;
  const thread = await db.thread.findFirst({
    where: { id: threadId, ...owner },
    select: {
      id: true,
      threadKey: true,
      messages: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: MAX_REFERENCES, select: { messageId: true } },
    },
  });
  if (!thread) {
    const message = "This conversation does not belong here any more. Reload and choose another.";
    throw new AppError("BAD_REQUEST", message, [{ path: ["threadId"], message }]);
  }
  const newestFirst = thread.messages.map((m) => m.messageId);
  return {
    id: thread.id,
    threadKey: thread.threadKey,
    lastMessageId: newestFirst[0] ?? null,
    references: newestFirst.reverse(),
  };
}
