// GET /tickets/live?pipelineId=… | ?ticketId=…: a server-sent event stream that says which tickets
// of that pipeline (or that one ticket) changed, for the signed-in user's open board or record;
// "resync" when more tickets changed at once than the feed lists (the page reloads what it shows).
// The browser's EventSource reconnects by itself; a comment line every 20 s keeps proxies from
// closing an idle stream.
import "server-only";
import { z } from "zod";
import { errorResponse } from "@/lib/api/error-response";
import { requirePermission } from "@/lib/auth/current-user";
import type { TicketChange } from "./ticket-change";
import { onTicketChanges } from "./ticket-change-feed";

const ZLiveQuery = z.union([
  z.object({ pipelineId: z.string().min(1).max(100) }),
  z.object({ ticketId: z.string().min(1).max(100) }),
]);

const HEARTBEAT_MS = 20_000;

export async function liveTicketEvents(request: Request): Promise<Response> {
  let query: z.infer<typeof ZLiveQuery>;
  try {
    await requirePermission("tickets.view");
    query = ZLiveQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  } catch (error) {
    return errorResponse(error);
  }
  const wanted = (change: TicketChange) =>
    "pipelineId" in query ? change.pipelineId === query.pipelineId : change.id === query.ticketId;
  const encoder = new TextEncoder();
  let close = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const unsubscribe = onTicketChanges((changes, overflowed) => {
        // Too many changed to list them all: this pipeline's or ticket's may be among the unlisted.
        if (overflowed) return send("event: resync\ndata: {}\n\n");
        const mine = changes.filter(wanted);
        if (mine.length > 0) send(`event: tickets\ndata: ${JSON.stringify(mine)}\n\n`);
      });
      const heartbeat = setInterval(() => send(": still here\n\n"), HEARTBEAT_MS);
      close = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        close();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
      send("retry: 2000\n: connected\n\n");
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Accel-Buffering": "no",
    },
  });
}
