// The thread a composer replies on: it must belong to the ticket (or contact) the email is
// sent from; the reply points at its latest message (In-Reply-To).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function replyThread(threadId: string | null, owner: { ticketId: string } | { contactId: string }) {
  if (!threadId) return null;
  const thread = await db.thread.findFirst({
    where: { id: threadId, ...owner },
    select: { threadKey: true, messages: { orderBy: { createdAt: "desc" }, take: 1, select: { messageId: true } } },
  });
  if (!thread) {
    const message = "This conversation does not belong here any more. Reload and choose another.";
    throw new AppError("BAD_REQUEST", message, [{ path: ["threadId"], message }]);
  }
  return { threadKey: thread.threadKey, lastMessageId: thread.messages[0]?.messageId ?? null };
}
