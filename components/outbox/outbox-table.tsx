"use client";

import { useState } from "react";
import Link from "next/link";
import type { OutboxPageEmail } from "@/lib/mail/outbox-query";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { ZonedTime } from "@/components/ui/zoned-time";
import { OutboxMessageSheet } from "./outbox-message-sheet";
import { BouncedBadge } from "./bounced-badge";
import { TransportBadge } from "./transport-badge";

// On a phone only the subject column shows, with the time and recipient stacked under it
// (the Workflows list's pattern); the other columns appear from sm/md up.
const WIDE = "hidden sm:table-cell";

/** Emails handed to the transport, newest first; a subject opens the whole message. */
export function OutboxTable({ emails, timeZone }: { emails: OutboxPageEmail[]; timeZone: string }) {
  const [openId, setOpenId] = useState<string | null>(null);
  if (emails.length === 0) {
    return (
      <p
        className="rounded-lg border border-dashed px-4 py-8 text-center text-sm text-muted-foreground"
        data-testid="outbox-empty"
      >
        No email has been sent yet. Automated emails and notifications appear here once they are handed to the mail
        transport.
      </p>
    );
  }
  return (
    <>
      <Table aria-label="Outbox" data-testid="outbox-table">
        <THead>
          <TR>
            <TH className={WIDE}>Time</TH>
            <TH className={WIDE}>To</TH>
            <TH>Subject</TH>
            <TH className="hidden md:table-cell">Ticket</TH>
            <TH className={WIDE}>Transport</TH>
          </TR>
        </THead>
        <TBody>
          {emails.map((email) => (
            <TR key={email.id} data-testid="outbox-row" className="cursor-pointer" onClick={() => setOpenId(email.id)}>
              <TD className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">
                <ZonedTime date={email.createdAt} timeZone={timeZone} />
              </TD>
              <TD className="hidden max-w-48 truncate sm:table-cell" title={email.toEmail}>
                {email.toEmail}
              </TD>
              <TD className="max-w-80 [overflow-wrap:anywhere]">
                <button
                  type="button"
                  className="line-clamp-2 text-left font-medium hover:underline"
                  onClick={() => setOpenId(email.id)}
                >
                  {email.subject || "(no subject)"}
                </button>
                <span className="mt-1 block text-xs text-muted-foreground sm:hidden" data-testid="outbox-row-stacked">
                  To {email.toEmail} · <ZonedTime date={email.createdAt} timeZone={timeZone} />
                  {email.bouncedAt ? (
                    <span className="mt-1 block">
                      <BouncedBadge reason={email.bounceReason} />
                    </span>
                  ) : null}
                </span>
              </TD>
              <TD className="hidden max-w-56 truncate md:table-cell" onClick={(event) => event.stopPropagation()}>
                {email.ticketId ? (
                  <Link href={`/tickets/${email.ticketId}`} className="text-primary underline-offset-2 hover:underline">
                    {email.ticketSubject ?? email.ticketId}
                  </Link>
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </TD>
              <TD className={WIDE}>
                <span className="flex flex-wrap gap-1">
                  <TransportBadge transport={email.transport} />
                  {email.bouncedAt ? <BouncedBadge reason={email.bounceReason} /> : null}
                </span>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      <OutboxMessageSheet
        email={emails.find((e) => e.id === openId) ?? null}
        timeZone={timeZone}
        onClose={() => setOpenId(null)}
      />
    </>
  );
}
