// `message.received` (DESIGN.md): an unknown threadKey starts a conversation (SPEC §2); a
// known one is a reply on that thread, which the engine judges (SPEC §4, incl. reopening a
// closed ticket). The message is recorded either way, in the same transaction.
import "server-only";
import type { Sql } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { toLoadedChannel } from "@/lib/channels/channel-snapshot";
import { inboundMessagePart, prepareNewConversation } from "@/lib/conversations/new-conversation";
import { ticketOfThread, type ThreadInfo } from "@/lib/conversations/thread-lookup";
import type { LoadedTicket } from "@/lib/tickets/ticket-snapshot";
import { prepareTicketChange } from "@/lib/tickets/prepare-ticket-change";
import { combineBatches, prefixParts } from "@/lib/tickets/write-batch";
import { prepareFollowUp } from "@/lib/conversations/follow-up-ticket";
import type { EventHandler, PreparedEvent } from "./event-handler";
import { messageHappening, messageLookups, type MessageContext } from "./message-context";
import type { TEvent } from "./schemas";

type MessageEvent = Extract<TEvent, { type: "message.received" }>;

const ALREADY_RECORDED = "MESSAGE_ALREADY_RECORDED";

export function alreadyRecorded(messageId: string): AppError {
  const message = `A message with messageId "${messageId}" was already recorded by another event.`;
  return new AppError("CONFLICT", message, [{ path: ["data", "messageId"], message, code: ALREADY_RECORDED }]);
}

export function isAlreadyRecorded(error: unknown): boolean {
  return error instanceof AppError && error.issues.some((issue) => issue.code === ALREADY_RECORDED);
}

function incoming(event: MessageEvent) {
  const { data } = event;
  return {
    threadKey: data.threadKey,
    messageId: data.messageId,
    inReplyTo: data.inReplyTo ?? null,
    from: { email: data.from.email, name: data.from.name ?? null },
    subject: data.subject ?? null,
    text: data.text,
    newText: data.newText ?? null,
    forwarded: data.forwarded === true,
    autoReply: data.autoReply === true,
    bounce: data.bounce === true,
    listMail: data.listMail === true,
  };
}

function newConversation(event: MessageEvent, context: MessageContext, now: Date): PreparedEvent {
  if (!context.channel) {
    const message = `Channel ${event.data.channelId} not found.`;
    throw new AppError("BAD_REQUEST", message, [{ path: ["data", "channelId"], message }]);
  }
  const loaded = toLoadedChannel(context.channel);
  return prepareNewConversation({ ...loaded, message: incoming(event), eventId: event.id, now });
}

async function reply(
  executor: Sql,
  event: MessageEvent,
  context: MessageContext,
  thread: ThreadInfo,
  now: Date,
  locked: LoadedTicket | null,
): Promise<PreparedEvent> {
  const message = incoming(event);
  const recorded = inboundMessagePart(thread.id, message, now);
  if (!thread.ticketId) return { ticketId: null, effects: [], batch: combineBatches({ writes: [recorded] }) };
  const cause = { kind: "event", eventId: event.id } as const;
  const change = await prepareTicketChange(
    executor,
    thread.ticketId,
    (ticket) => [
      messageHappening(context, thread, ticket, { forwarded: message.forwarded, autoReply: message.autoReply, cause }),
    ],
    now,
    locked,
  );
  if (change.effects.some((e) => e.type === "create_follow_up")) {
    const followUp = prepareFollowUp({
      old: change.before,
      loaded: change.loaded,
      thread,
      message,
      eventId: event.id,
      now,
    });
    if (followUp) {
      // The reply belongs to the follow-up; the old ticket keeps a line saying why it did not reopen.
      return {
        ticketId: followUp.ticketId,
        effects: [...change.effects, ...followUp.effects],
        batch: combineBatches(prefixParts(change.batch, "followed_up"), followUp.batch),
      };
    }
  }
  return {
    ticketId: thread.ticketId,
    effects: change.effects,
    batch: combineBatches({ writes: [recorded] }, change.batch),
  };
}

export const messageReceived: EventHandler<"message.received", MessageContext> = {
  lookups: (event) =>
    messageLookups({
      threadKey: event.data.threadKey,
      messageId: event.data.messageId,
      fromEmail: event.data.from.email,
      inReplyTo: event.data.inReplyTo,
      channelId: event.data.channelId,
    }),
  // A reply's ticket: the thread's, read in the same statement as the thread in the lookups.
  ticketToLock: (event) => ticketOfThread(event.data.threadKey),
  async prepare(executor, event, context, now, ticket) {
    if (context.messageRecorded) throw alreadyRecorded(event.data.messageId);
    return context.thread
      ? reply(executor, event, context, context.thread, now, ticket)
      : newConversation(event, context, now);
  },
};
