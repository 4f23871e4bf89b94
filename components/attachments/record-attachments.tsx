import type { FiledAttachment } from "@/lib/conversations/thread-attachments";
import { ZonedTime } from "@/components/ui/zoned-time";
import { AttachmentLink } from "./attachment-link";

/** Every file of a record's conversations, newest first, each with who sent it and when. */
export function RecordAttachments({
  attachments,
  timeZone,
}: {
  attachments: readonly FiledAttachment[];
  timeZone: string;
}) {
  if (attachments.length === 0) return <p className="text-sm text-muted-foreground">No attachments yet.</p>;
  return (
    <ul className="grid gap-2" data-testid="record-attachments">
      {attachments.map((attachment) => (
        <li key={attachment.id} className="grid min-w-0 gap-0.5">
          <AttachmentLink attachment={attachment} />
          <span className="text-xs text-muted-foreground">
            from {attachment.from} · <ZonedTime date={attachment.receivedAt} timeZone={timeZone} />
            {attachment.threadSubject ? <> · {attachment.threadSubject}</> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
