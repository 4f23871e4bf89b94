"use client";

import Link from "next/link";
import type { OutboxPageEmail } from "@/lib/mail/outbox-query";
import { Sheet, SheetBody, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { ZonedTime } from "@/components/ui/zoned-time";
import { BouncedBadge } from "./bounced-badge";
import { TransportBadge } from "./transport-badge";

interface OutboxMessageSheetProps {
  email: OutboxPageEmail | null;
  timeZone: string;
  onClose: () => void;
}

/** One email in full: its headers and its plain-text body, as handed to the transport. */
export function OutboxMessageSheet({ email, timeZone, onClose }: OutboxMessageSheetProps) {
  return (
    <Sheet open={email !== null} onOpenChange={(open) => !open && onClose()}>
      <SheetContent className="sm:max-w-[640px]" data-testid="outbox-message">
        {email ? (
          <>
            <SheetHeader>
              <SheetTitle className="break-words">{email.subject || "(no subject)"}</SheetTitle>
              <SheetDescription>
                <ZonedTime date={email.createdAt} timeZone={timeZone} seconds />
              </SheetDescription>
            </SheetHeader>
            <SheetBody className="space-y-4">
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <Header name="From">{email.fromEmail}</Header>
                <Header name="To">{email.toEmail}</Header>
                <Header name="Transport">
                  <TransportBadge transport={email.transport} />
                </Header>
                {email.bouncedAt ? (
                  <Header name="Bounced">
                    <span className="space-y-1">
                      <BouncedBadge reason={email.bounceReason} />{" "}
                      <ZonedTime date={email.bouncedAt} timeZone={timeZone} seconds />
                      <span className="block break-words" data-testid="outbox-bounce-reason">
                        {email.bounceReason}
                      </span>
                    </span>
                  </Header>
                ) : null}
                {email.ticketId ? (
                  <Header name="Ticket">
                    <Link
                      href={`/tickets/${email.ticketId}`}
                      className="text-primary underline-offset-2 hover:underline"
                    >
                      {email.ticketSubject ?? email.ticketId}
                    </Link>
                  </Header>
                ) : null}
                <Header name="Message-ID">
                  <code className="break-all font-mono text-xs">{email.messageId}</code>
                </Header>
                {email.inReplyTo ? (
                  <Header name="In-Reply-To">
                    <code className="break-all font-mono text-xs">{email.inReplyTo}</code>
                  </Header>
                ) : null}
              </dl>
              <pre
                className="whitespace-pre-wrap break-words rounded-md border bg-muted/40 p-3 font-sans text-sm"
                data-testid="outbox-message-body"
              >
                {email.text}
              </pre>
            </SheetBody>
          </>
        ) : null}
      </SheetContent>
    </Sheet>
  );
}

function Header({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-muted-foreground">{name}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}
