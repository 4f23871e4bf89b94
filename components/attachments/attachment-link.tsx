import { Download } from "lucide-react";
import { formatFileSize, type AttachmentView } from "@/lib/attachments/attachment-list";
import { Badge } from "@/components/ui/badge";

/** A file's name as a download link (never displayed inline), with its type and size. */
export function AttachmentLink({ attachment }: { attachment: AttachmentView }) {
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-0.5 text-sm">
      <a
        href={`/attachments/${attachment.id}`}
        download
        className="inline-flex min-w-0 items-center gap-1 font-medium text-primary underline underline-offset-2"
        data-testid="attachment-link"
      >
        <Download className="size-3.5 shrink-0" aria-hidden />
        <span className="break-all">{attachment.filename}</span>
        <span className="sr-only">(download)</span>
      </a>
      <span className="text-xs text-muted-foreground">
        {attachment.contentType} · {formatFileSize(attachment.size)}
      </span>
      {attachment.inline ? (
        <Badge variant="outline" title="An image shown in the email's HTML body; listed here, not displayed">
          Inline image
        </Badge>
      ) : null}
    </span>
  );
}
