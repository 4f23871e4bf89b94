// The Happenings a dry-run event would be for this ticket, read the same way ingestion reads
// them (lib/events/message-context.ts), without writing or locking anything.
import "server-only";
import type { Cause, ChannelType, Happening } from "@/lib/automation";
import { dbHandle } from "@/lib/db";
import { oneRow, sql } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { threadMedium } from "@/lib/conversations/thread-lookup";
import { messageHappening, messageLookups, type MessageContext } from "@/lib/events/message-context";
import type { TDryRunEvent } from "./dry-run-schema";
import type { LoadedTicket } from "@/lib/tickets/ticket-snapshot";
import { updateHappenings } from "@/lib/tickets/update-ticket";
import { personCause } from "@/lib/tickets/person-cause";
import type { Actor } from "@/lib/auth/policy";

function badThread(message: string): AppError {
  return new AppError("BAD_REQUEST", message, [{ path: ["event", "data", "threadKey"], message }]);
}

/** The thread the event is on: the one named (it must be this ticket's), else the origin thread. */
async function threadKeyOf(loaded: LoadedTicket, threadKey: string | null | undefined): Promise<string> {
  if (threadKey) return threadKey;
  const origin = loaded.ticket.originThreadId;
  const thread = origin
    ? await oneRow<{ threadKey: string }>(dbHandle().sql, sql`SELECT "threadKey" FROM "Thread" WHERE id = ${origin}`)
    : undefined;
  if (!thread) throw badThread("The ticket has no origin thread: name one with threadKey.");
  return thread.threadKey;
}

/** The origin thread's medium (an email starts a new thread when there is none). */
async function originMedium(threadId: string | null): Promise<ChannelType> {
  const row = threadId
    ? await oneRow<{ channelType: ChannelType | null }>(
        dbHandle().sql,
        sql`SELECT c.type AS "channelType" FROM "Thread" th LEFT JOIN "Channel" c ON c.id = th."channelId" WHERE th.id = ${threadId}`,
      )
    : undefined;
  return threadMedium({ channelType: row?.channelType ?? null });
}

async function contactEmailOf(loaded: LoadedTicket): Promise<string> {
  const { contactId } = loaded.ticket;
  const row = contactId
    ? await oneRow<{ email: string }>(dbHandle().sql, sql`SELECT email FROM "Contact" WHERE id = ${contactId}`)
    : undefined;
  return row?.email ?? "";
}

async function messageReceived(
  loaded: LoadedTicket,
  event: Extract<TDryRunEvent, { type: "message.received" }>,
  cause: Cause,
) {
  const threadKey = await threadKeyOf(loaded, event.data.threadKey);
  const fromEmail = event.data.from?.email ?? (await contactEmailOf(loaded));
  const lookups = messageLookups({ threadKey, fromEmail, inReplyTo: event.data.inReplyTo });
  const row = await oneRow<{ context: MessageContext }>(dbHandle().sql, sql`SELECT ${lookups} AS context`);
  const context = row!.context;
  const { thread } = context;
  if (!thread || thread.ticketId !== loaded.ticket.id)
    throw badThread(`Thread "${threadKey}" is not a thread of this ticket.`);
  return messageHappening(context, thread, loaded.ticket, { forwarded: event.data.forwarded, cause });
}

export async function dryRunHappenings(loaded: LoadedTicket, event: TDryRunEvent, actor: Actor): Promise<Happening[]> {
  const cause: Cause = { kind: "event", eventId: event.id ?? "dry-run" };
  switch (event.type) {
    case "message.received":
      return [await messageReceived(loaded, event, cause)];
    case "email.sent": {
      // A ticket without a thread (made by hand): the email would start one, which has no id yet.
      const threadId = loaded.ticket.originThreadId;
      return [
        {
          kind: "email_sent",
          channelType: await originMedium(threadId),
          sentFrom: event.data.sentFrom,
          forwarded: event.data.forwarded === true,
          threadId,
          cause,
        },
      ];
    }
    case "ticket.updated":
      // The same cause as PATCH /api/v1/tickets/:id: the pipeline rules bind this person as they
      // would there (SPEC §8: super admins and the Account permission bypass them).
      return updateHappenings({ ...event.data, version: loaded.ticket.version }, personCause("api", actor));
  }
}
