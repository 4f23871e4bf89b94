// What happened to a ticket, and who or what caused it. decide() turns one Happening
// into effects; the cause is carried onto the timeline ("why did this change?").
import type { CalendarDate, ChannelType, Priority } from "./types";

export type Cause =
  /** A person; `bypassesPipelineRules`: a super admin or the Account permission (SPEC §8). */
  | { kind: "user"; userId: string; bypassesPipelineRules?: boolean }
  /** An API key, bound by the pipeline rules as its user is. */
  | { kind: "api"; userId: string; bypassesPipelineRules?: boolean }
  /** A rule or workflow action; depth counts automation caused by automation. */
  | { kind: "rule"; ruleName: string; eventId?: string; depth: number }
  | { kind: "event"; eventId: string };

/** Where an outgoing email was sent from (§4 trigger A only counts the ticket record). */
export type SentFrom = "ticket" | "contact" | "personal_inbox";

/** A property set (or cleared, where it may be empty) by a person, the API or a workflow. */
export type PropertyChange =
  | { property: "ownerId"; value: string | null }
  | { property: "priority"; value: Priority }
  | { property: "subject"; value: string }
  /** "" clears it (the column is never null). */
  | { property: "description"; value: string }
  | { property: "closeDate"; value: CalendarDate | null };

/** A user, API client or workflow action asks to move the ticket. */
export interface StatusChangeRequested {
  kind: "status_change";
  toStatusId: string;
  /** Optimistic concurrency: refuse if the ticket changed since the caller read it. */
  expectedVersion?: number;
  cause: Cause;
}

/** An email went out to the ticket's contact. */
export interface EmailSent {
  kind: "email_sent";
  sentFrom: SentFrom;
  forwarded: boolean;
  /** The medium of the email's thread: TEAM_EMAIL unless the thread is a chat, form... conversation
   *  (SPEC §4: trigger A counts emails only). */
  channelType: ChannelType;
  /** Null only in a dry run: the new thread the email would start. */
  threadId: string | null;
  cause: Cause;
}

/** An inbound message on a thread already linked to this ticket. */
export interface MessageReceived {
  kind: "message_received";
  threadId: string;
  /** Compared with the ticket's reopenedAt: new threads after a reopen count for trigger B. */
  threadCreatedAt: Date;
  /** The channel the message arrived on (SPEC §4: only TEAM_EMAIL is "a customer replies to an email"). */
  channelType: ChannelType;
  forwarded: boolean;
  /** The message replies to a forwarded email. */
  inReplyToForwarded: boolean;
  /** Sent by the ticket's contact (not a colleague in copy, not an agent). */
  fromContact: boolean;
  /** An out-of-office or other auto-submitted message (RFC 3834). */
  autoReply: boolean;
  cause: Cause;
}

export interface PropertyChangeRequested {
  kind: "property_change";
  change: PropertyChange;
  expectedVersion?: number;
  cause: Cause;
}

export type Happening = StatusChangeRequested | EmailSent | MessageReceived | PropertyChangeRequested;

/** 0 for anything a person or an outside system did; the rule's depth otherwise. */
export function causeDepth(cause: Cause): number {
  return cause.kind === "rule" ? cause.depth : 0;
}

export function isAutomated(cause: Cause): boolean {
  return cause.kind === "rule";
}
