// Reads about a conversation as SQL expressions, evaluated inside whatever statement needs
// them (the event's claiming statement), so they cost no round trip of their own.
import "server-only";
import type { ChannelType } from "@/lib/automation";
import { epochMs, sql, type SqlFragment } from "@/lib/db/sql";
import { normalizeEmail } from "@/lib/contacts/contact-part";

export interface ThreadInfo {
  id: string;
  ticketId: string | null;
  contactId: string | null;
  /** The channel the conversation is on (null for a thread an agent's email started). */
  channelId: string | null;
  createdAtMs: number;
  /** The type of the channel the conversation is on; null for a thread an agent's email started. */
  channelType: ChannelType | null;
}

/** A conversation's medium for SPEC §4 (email only): its channel's, or email for an agent's thread. */
export function threadMedium(thread: Pick<ThreadInfo, "channelType">): ChannelType {
  return thread.channelType ?? "TEAM_EMAIL";
}

/** JSON string: the type of the channel with this id, or null. */
export function channelTypeById(channelId: string | null | undefined): SqlFragment {
  return channelId ? sql`(SELECT c.type FROM "Channel" c WHERE c.id = ${channelId})` : sql`NULL`;
}

/** JSON: the thread with this key, or null. */
export function threadByKey(threadKey: string): SqlFragment {
  return sql`(SELECT json_build_object('id', th.id, 'ticketId', th."ticketId", 'contactId', th."contactId",
      'channelId', th."channelId",
      'createdAtMs', ${epochMs(sql`th."createdAt"`)},
      'channelType', (SELECT c.type FROM "Channel" c WHERE c.id = th."channelId"))
    FROM "Thread" th WHERE th."threadKey" = ${threadKey})`;
}

/** Text: the id of the ticket the thread with this key belongs to, or null. */
export function ticketOfThread(threadKey: string): SqlFragment {
  return sql`(SELECT th."ticketId" FROM "Thread" th WHERE th."threadKey" = ${threadKey})`;
}

/** Boolean: a message with this Message-ID is already recorded. */
export function messageRecorded(messageId: string): SqlFragment {
  return sql`EXISTS (SELECT 1 FROM "Message" m WHERE m."messageId" = ${messageId})`;
}

/** Boolean: the message replied to was a forwarded email (SPEC §4: never changes status). */
export function repliesToForwarded(inReplyTo: string | null | undefined): SqlFragment {
  return inReplyTo
    ? sql`EXISTS (SELECT 1 FROM "Message" m WHERE m."messageId" = ${inReplyTo} AND m.forwarded)`
    : sql`false`;
}

/** Text: the id of the contact with this email, or null. */
export function contactIdByEmail(email: string): SqlFragment {
  return sql`(SELECT c.id FROM "Contact" c WHERE c.email = ${normalizeEmail(email)})`;
}
