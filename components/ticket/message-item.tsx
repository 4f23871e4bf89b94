import { ArrowDownLeft, ArrowUpRight } from "lucide-react";
import type { MessageView } from "@/lib/conversations/list-threads";
import { MessageAttachments } from "@/components/attachments/message-attachments";
import { Badge } from "@/components/ui/badge";
import { messageTextView } from "@/lib/conversations/quoted-text";
import { ZonedTime } from "@/components/ui/zoned-time";
import { formatZonedTitle } from "@/lib/utils/zoned-time";
import { MessageText } from "./message-text";

const SENT_FROM = {
  TICKET: "Sent from ticket record",
  CONTACT: "Sent from contact record",
  PERSONAL_INBOX: "Sent from personal inbox",
} as const;

function Delivery({ message, timeZone }: { message: MessageView; timeZone: string }) {
  if (message.direction !== "OUTBOUND") return null;
  return message.deliveredAt ? (
    <Badge
      variant="success"
      data-testid="delivery"
      title={`Handed to the mail transport ${formatZonedTitle(message.deliveredAt, timeZone)}`}
    >
      Delivered
    </Badge>
  ) : (
    <Badge variant="outline" data-testid="delivery" title="Waiting for the mail worker">
      Queued
    </Badge>
  );
}

/** One email: who sent it, which way, from where, forwarded or not, and what it says. */
export function MessageItem({ message, timeZone }: { message: MessageView; timeZone: string }) {
  const outbound = message.direction === "OUTBOUND";
  const Icon = outbound ? ArrowUpRight : ArrowDownLeft;
  return (
    <li
      className="grid gap-1.5 rounded-md border bg-background p-3"
      data-testid="message"
      data-direction={message.direction}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
        <Icon className={outbound ? "size-4 text-brand" : "size-4 text-success"} aria-hidden />
        <span className="sr-only">{outbound ? "Outgoing" : "Incoming"} email</span>
        <span className="font-medium text-foreground">{message.fromName ?? message.fromEmail}</span>
        {message.fromName ? <span className="text-muted-foreground">&lt;{message.fromEmail}&gt;</span> : null}
        {message.toEmail ? <span className="text-muted-foreground">to {message.toEmail}</span> : null}
        <ZonedTime className="ml-auto text-muted-foreground" date={message.createdAt} timeZone={timeZone} />
      </div>
      <div className="flex flex-wrap gap-1">
        {message.sentFrom ? (
          <Badge variant="secondary" data-testid="sent-from">
            {SENT_FROM[message.sentFrom]}
          </Badge>
        ) : null}
        {message.forwarded ? <Badge variant="warning">Forwarded</Badge> : null}
        {message.autoReply ? <Badge variant="outline">Auto-reply</Badge> : null}
        <Delivery message={message} timeZone={timeZone} />
      </div>
      {message.subject ? <p className="text-sm font-medium">{message.subject}</p> : null}
      <MessageText view={messageTextView(message.text, message.newText)} />
      <MessageAttachments attachments={message.attachments} />
    </li>
  );
}
