"use client";

import { useState } from "react";
import Link from "next/link";
import type { OutboxPageEmail } from "@/lib/mail/outbox-query";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { OutboxMessageSheet } from "./outbox-message-sheet";
import { OutboxTime } from "./outbox-time";
import { TransportBadge } from "./transport-badge";

/** Emails handed to the transport, newest first; a subject opens the whole message. */
export function OutboxTable({ emails, timeZone }: { emails: OutboxPageEmail[]; timeZone: string }) {
  const [openId, setOpenId] = useState<string | null>(null);
  if (emails.length === 0) {
    return (
      <p className="rounded-lg border border-dashed px-4 py-8 text-center text-sm text-muted-foreground" data-testid="outbox-empty">
        No email has been sent yet. Automated emails and notifications appear here once they are handed to the mail transport.
      </p>
    );
  }
  return (
    <>
      <Table aria-label="Outbox" data-testid="outbox-table">
        <THead>
          <TR>
            <TH>Time</TH>
            <TH>To</TH>
            <TH>Subject</TH>
            <TH className="hidden md:table-cell">Ticket</TH>
            <TH className="hidden sm:table-cell">Transport</TH>
          </TR>
        </THead>
        <TBody>
          {emails.map((email) => (
            <TR key={email.id} data-testid="outbox-row" className="cursor-pointer" onClick={() => setOpenId(email.id)}>
              <TD className="whitespace-nowrap text-muted-foreground"><OutboxTime date={email.createdAt} timeZone={timeZone} /></TD>
              <TD className="max-w-48 truncate" title={email.toEmail}>{email.toEmail}</TD>
              <TD className="max-w-80">
                <button type="button" className="line-clamp-2 text-left font-medium hover:underline" onClick={() => setOpenId(email.id)}>
                  {email.subject || "(no subject)"}
                </button>
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
              <TD className="hidden sm:table-cell"><TransportBadge transport={email.transport} /></TD>
            </TR>
          ))}
        </TBody>
      </Table>
      <OutboxMessageSheet email={emails.find((e) => e.id === openId) ?? null} timeZone={timeZone} onClose={() => setOpenId(null)} />
    </>
  );
}
