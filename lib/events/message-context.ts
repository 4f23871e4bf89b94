// What a message.received event needs to know about its thread, read in its claiming
// statement, and the Happening it is for a ticket (shared by ingestion and the dry run).
import "server-only";
import type { Cause, ChannelType, Happening, TicketSnapshot } from "@/lib/automation";
import { sql, type SqlFragment } from "@/lib/db/sql";
import { channelSnapshotJson, type ChannelSnapshotJson } from "@/lib/channels/channel-snapshot";
import {
  channelTypeById,
  contactIdByEmail,
  messageRecorded,
  repliesToForwarded,
  threadByKey,
  threadMedium,
  type ThreadInfo,
} from "@/lib/conversations/thread-lookup";

export interface MessageContext {
  thread: ThreadInfo | null;
  messageRecorded: boolean;
  inReplyToForwarded: boolean;
  senderContactId: string | null;
  /** The type of the channel the message arrived on (null: unknown channel, or a dry run). */
  arrivedOn: ChannelType | null;
  /** The channel, read only when the message starts a conversation and a channel was named. */
  channel: ChannelSnapshotJson | null;
}

export interface MessageLookupInput {
  threadKey: string;
  messageId?: string | null;
  fromEmail: string;
  inReplyTo?: string | null;
  /** The channel the message arrived on, where a new conversation would start (none in a dry run). */
  channelId?: string | null;
}

export function messageLookups(input: MessageLookupInput): SqlFragment {
  return sql`json_build_object(
    'thread', ${threadByKey(input.threadKey)},
    'messageRecorded', ${input.messageId ? messageRecorded(input.messageId) : sql`false`},
    'inReplyToForwarded', ${repliesToForwarded(input.inReplyTo)},
    'senderContactId', ${contactIdByEmail(input.fromEmail)},
    'arrivedOn', ${channelTypeById(input.channelId)},
    'channel', ${input.channelId ? newConversationChannel(input.threadKey, input.channelId) : sql`null`})`;
}

function newConversationChannel(threadKey: string, channelId: string): SqlFragment {
  return sql`CASE WHEN NOT EXISTS (SELECT 1 FROM "Thread" th WHERE th."threadKey" = ${threadKey})
    THEN ${channelSnapshotJson(channelId)} END`;
}

/** A message on a thread linked to `ticket`, as the engine's Happening (SPEC §4). */
export function messageHappening(
  context: MessageContext,
  thread: ThreadInfo,
  ticket: TicketSnapshot,
  message: { forwarded?: boolean | null; autoReply?: boolean; cause: Cause },
): Happening {
  const ticketContactId = ticket.contactId ?? thread.contactId;
  return {
    kind: "message_received",
    threadId: thread.id,
    threadCreatedAt: new Date(thread.createdAtMs),
    // SPEC §4 is about email: the channel the message came in on, else the conversation's.
    channelType: context.arrivedOn ?? threadMedium(thread),
    forwarded: message.forwarded === true,
    inReplyToForwarded: context.inReplyToForwarded,
    fromContact: context.senderContactId !== null && context.senderContactId === ticketContactId,
    autoReply: message.autoReply === true,
    cause: message.cause,
  };
}
