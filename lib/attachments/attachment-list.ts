// Attachments as the records list them: what a user needs to pick one (never its bytes), and
// every file of a set of threads in one list, each with the message it came with.
import type { MessageView, ThreadView } from "@/lib/conversations/list-threads";

export const attachmentSelect = { id: true, filename: true, contentType: true, size: true, inline: true } as const;

export interface AttachmentView {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  inline: boolean;
}

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

/** "512 B", "64.5 kB", "9.8 MB" (decimal units, as file managers show them). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const [unit, divisor] = bytes < 1_000_000 ? (["kilobyte", 1000] as const) : (["megabyte", 1_000_000] as const);
  return new Intl.NumberFormat("en", { style: "unit", unit, maximumFractionDigits: 1 }).format(bytes / divisor);
}
