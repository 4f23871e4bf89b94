import type { ThreadView } from "@/lib/conversations/list-threads";
import { Badge } from "@/components/ui/badge";
import { MessageItem } from "./message-item";

/** Every thread, newest first, each with every message in order. */
export function ConversationThreads({
  threads,
  originThreadId,
  timeZone,
}: {
  threads: ThreadView[];
  originThreadId?: string | null;
  timeZone: string;
}) {
  if (threads.length === 0) return <p className="text-sm text-muted-foreground">No emails yet.</p>;
  return (
    <div className="grid gap-4">
      {threads.map((thread) => (
        // An article, not a region: two threads may share a subject, and landmarks need unique names.
        <article
          key={thread.id}
          aria-label={`Conversation: ${thread.subject || "no subject"}`}
          data-testid="thread"
          className="grid gap-2"
        >
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="text-sm font-semibold">{thread.subject || "(no subject)"}</h3>
            {thread.id === originThreadId ? (
              <Badge variant="brand" title="Replies here count for “A customer replies to an email”">
                Ticket&apos;s thread
              </Badge>
            ) : null}
            {thread.channel ? <span className="text-xs text-muted-foreground">via {thread.channel.name}</span> : null}
            <span className="text-xs text-muted-foreground">
              {thread.messages.length} {thread.messages.length === 1 ? "message" : "messages"}
            </span>
          </div>
          <ol className="grid gap-2">
            {thread.messages.map((message) => (
              <MessageItem key={message.id} message={message} timeZone={timeZone} />
            ))}
          </ol>
        </article>
      ))}
    </div>
  );
}
