// Which conversation the ticket record's composer replies on unless the agent picks another:
// the thread the ticket was created from, else its latest one (threads come newest first);
// a ticket without threads starts a new conversation (null).
export function defaultReplyThread(threads: readonly { id: string }[], originThreadId: string | null): string | null {
  if (originThreadId && threads.some((t) => t.id === originThreadId)) return originThreadId;
  return threads[0]?.id ?? null;
}

/** The subject a reply on a thread starts with. */
export const replySubject = (thread: { subject: string }) => `Re: ${thread.subject}`.trim();
