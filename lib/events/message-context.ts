// What a message.received event needs to know, read in its claiming statement, and the
// Happening it is for a ticket (shared by ingestion and the dry run).
import "server-only";
import type { Cause, ChannelSnapshot, Happening, TicketSnapshot } from "@/lib/automation";
import { sql, type SqlFragment } from "@/lib/db/sql";
import {
  contactIdByEmail, messageRecorded, repliesToForwarded, threadByKey, type ThreadInfo,
} from "@/lib/conversations/thread-lookup";
import { pipelineSnapshotJson, type PipelineSnapshotJson } from "@/lib/pipelines/pipeline-snapshot";

export interface MessageContext {
  thread: ThreadInfo | null;
  messageRecorded: boolean;
  inReplyToForwarded: boolean;
  senderContactId: string | null;
  /** Read only when the thread is new: the channel that received it, with its pipeline. */
  channel: (ChannelSnapshot & { pipeline: PipelineSnapshotJson | null }) | null;
  timeZone: string | null;
}

export interface MessageLookupInput {
  channelId?: string | null;
  threadKey: string;
  messageId?: string | null;
  fromEmail: string;
  inReplyTo?: string | null;
}

function channelOfNewThread(channelId: string | null | undefined, threadKey: string): SqlFragment {
  if (!channelId) return sql`NULL::json`;
  return sql`(SELECT json_build_object('id', c.id, 'type', c.type, 'name', c.name,
      'createsTickets', c."createsTickets", 'pipelineId', c."pipelineId", 'statusId', c."statusId",
      'ownerId', c."ownerId", 'pipeline', ${pipelineSnapshotJson(sql`c."pipelineId"`)})
    FROM "Channel" c
    WHERE c.id = ${channelId} AND NOT EXISTS (SELECT 1 FROM "Thread" WHERE "threadKey" = ${threadKey}))`;
}

export function messageLookups(input: MessageLookupInput): SqlFragment {
  return sql`json_build_object(
    'thread', ${threadByKey(input.threadKey)},
    'messageRecorded', ${input.messageId ? messageRecorded(input.messageId) : sql`false`},
    'inReplyToForwarded', ${repliesToForwarded(input.inReplyTo)},
    'senderContactId', ${contactIdByEmail(input.fromEmail)},
    'channel', ${channelOfNewThread(input.channelId, input.threadKey)},
    'timeZone', (SELECT a."timeZone" FROM "Account" a LIMIT 1))`;
}

/** A message on a thread linked to `ticket`, as the engine's Happening (SPEC §4). */
export function messageHappening(
  context: MessageContext,
  thread: ThreadInfo,
  ticket: TicketSnapshot,
  message: { forwarded?: boolean | null; cause: Cause },
): Happening {
  const ticketContactId = ticket.contactId ?? thread.contactId;
  return {
    kind: "message_received",
    threadId: thread.id,
    threadCreatedAt: new Date(thread.createdAtMs),
    forwarded: message.forwarded === true,
    inReplyToForwarded: context.inReplyToForwarded,
    fromContact: context.senderContactId !== null && context.senderContactId === ticketContactId,
    autoReply: false,
    cause: message.cause,
  };
}
