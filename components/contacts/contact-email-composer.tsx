"use client";

import { sendContactEmailAction } from "@/lib/composer/actions";
import { EmailComposer } from "@/components/ticket/email-composer";

interface ContactEmailComposerProps {
  contactId: string;
  to: string;
  threads: { id: string; subject: string }[];
  tickets: { id: string; subject: string }[];
}

export function ContactEmailComposer({ contactId, to, threads, tickets }: ContactEmailComposerProps) {
  return (
    <EmailComposer
      to={to}
      threads={threads}
      tickets={tickets}
      note="Sent from the contact record: ticket statuses never change because of it."
      send={({ threadId, ticketId, subject, text, sendKey }) =>
        sendContactEmailAction({ contactId, ticketId, threadId, subject, text, sendKey })
      }
    />
  );
}
