"use client";

import { useRef } from "react";
import { sendTicketEmailAction } from "@/lib/composer/actions";
import type { ComposerTriggerNotes } from "@/lib/tickets/trigger-note";
import { defaultReplyThread } from "./default-thread";
import { EmailComposer } from "./email-composer";

interface TicketEmailComposerProps {
  ticketId: string;
  to: string;
  threads: { id: string; subject: string }[];
  originThreadId: string | null;
  /** What SPEC §4 trigger A will do, in words: for a new conversation and per thread (its medium). */
  triggerNotes: ComposerTriggerNotes;
}

export function TicketEmailComposer({ ticketId, to, threads, originThreadId, triggerNotes }: TicketEmailComposerProps) {
  const defaultThreadId = defaultReplyThread(threads, originThreadId);
  // A send that created the first thread remounts the composer: focus comes back to it.
  const sent = useRef(false);
  return (
    // Keyed on the default thread: when the ticket's first thread appears (the record refreshed
    // after a send), the composer starts over replying on it.
    <EmailComposer
      key={defaultThreadId ?? "new"}
      to={to}
      threads={threads}
      defaultThreadId={defaultThreadId}
      note={(threadId) => (threadId ? triggerNotes.byThread[threadId] : undefined) ?? triggerNotes.newConversation}
      focusOnMount={sent.current}
      onSent={() => (sent.current = true)}
      send={({ threadId, subject, text, sendKey }) =>
        sendTicketEmailAction({ ticketId, threadId, subject, text, sendKey })
      }
    />
  );
}
