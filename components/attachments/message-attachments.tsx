import type { AttachmentView } from "@/lib/attachments/attachment-list";
import { AttachmentLink } from "./attachment-link";

/** The files that came with one email, under its text. */
export function MessageAttachments({ attachments }: { attachments: readonly AttachmentView[] }) {
  if (attachments.length === 0) return null;
  return (
    <ul aria-label="Attachments" className="grid gap-1 border-t pt-2" data-testid="message-attachments">
      {attachments.map((attachment) => (
        <li key={attachment.id} className="min-w-0">
          <AttachmentLink attachment={attachment} />
        </li>
      ))}
    </ul>
  );
}
