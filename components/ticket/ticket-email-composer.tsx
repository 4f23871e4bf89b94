"use client";

import { sendTicketEmailAction } from "@/app/(app)/tickets/[id]/actions";
import { EmailComposer } from "./email-composer";

interface TicketEmailComposerProps {
  ticketId: string;
  to: string;
  threads: { id: string; subject: string }[];
  /** What SPEC §4 trigger A will do, in words (the pipeline's setting). */
  triggerNote: string;
}

export function TicketEmailComposer({ ticketId, to, threads, triggerNote }: TicketEmailComposerProps) {
  return (
    <EmailComposer
      to={to}
      threads={threads}
      note={triggerNote}
      send={({ threadId, subject, text, sendKey }) => sendTicketEmailAction({ ticketId, threadId, subject, text, sendKey })}
    />
  );
}
