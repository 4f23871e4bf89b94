// The messages intake could not file (too large, or not a message that can be stored): listed on
// the channel so nobody has to read the server log to learn that a customer's mail was left out.
import type { SkippedMessageView } from "@/lib/mailboxes/mailbox-view";
import { formatZoned } from "@/lib/utils/zoned-time";

export function MailboxSkippedList({
  skipped,
  timeZone,
}: {
  skipped: { latest: SkippedMessageView[]; total: number };
  timeZone: string;
}) {
  if (skipped.total === 0) return null;
  return (
    <section
      aria-labelledby="mailbox-skipped-heading"
      className="grid gap-2 rounded-md border border-destructive/40 p-4 text-sm"
      data-testid="mailbox-skipped"
    >
      <h3 id="mailbox-skipped-heading" className="font-medium">
        {skipped.total === 1 ? "1 message was not filed" : `${skipped.total} messages were not filed`}
      </h3>
      <p className="text-muted-foreground">
        They are still in the mailbox: open them in your mail client.
        {skipped.total > skipped.latest.length ? ` The latest ${skipped.latest.length} are listed.` : ""}
      </p>
      <ul className="grid gap-2">
        {skipped.latest.map((message) => (
          <li key={message.id} className="grid gap-0.5">
            <span className="font-medium">{message.subject || "(no subject)"}</span>
            <span className="text-muted-foreground">
              {message.fromAddress ?? "unknown sender"} · {formatZoned(message.createdAt, timeZone)}
            </span>
            <span className="text-destructive">{message.detail}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
