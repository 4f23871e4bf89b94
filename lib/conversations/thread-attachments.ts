// Every file of a set of threads in one list, each with the message it came with (the records'
// Attachments card).
import type { AttachmentView } from "@/lib/attachments/attachment-list";
import type { MessageView, ThreadView } from "@/lib/conversations/list-threads";

export interface FiledAttachment extends AttachmentView {
  from: string;
  receivedAt: Date;
  threadSubject: string;
}

/** Every attachment of these threads, newest message first. */
export function attachmentsOfThreads(threads: readonly ThreadView[]): FiledAttachment[] {
  const filed = threads.flatMap((thread) =>
    thread.messages.flatMap((message: MessageView) =>
      message.attachments.map((attachment) => ({
        ...attachment,
        from: message.fromName ?? message.fromEmail,
        receivedAt: message.createdAt,
        threadSubject: thread.subject,
      })),
    ),
  );
  return filed.sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime());
}
