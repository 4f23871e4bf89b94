// The events thread's own code (started by lib/events/events-thread.ts): answers the
// POST /api/v1/events requests the main thread posts with the route's very handler
// (lib/events/events-endpoint.ts: signature, limits, validation, the one transaction,
// idempotency), on this thread's own event loop and its own pool of PostgreSQL connections
// (lib/events/ingress-handle.ts, opened from DATABASE_URL as on the main thread). Wake-ups for the
// jobs an event enqueued go back to the main thread, where the job worker runs.
import "server-only";
import { parentPort } from "node:worker_threads";
import { onWake } from "@/lib/jobs/wake";
import { answerOf, internalFailure, requestOf, type Answer } from "@/lib/http/node-fetch";
import { logger } from "@/lib/logger";
import { eventsEndpoint } from "./events-endpoint";
import type { EventRequestMessage, EventsThreadMessage } from "./events-thread-messages";

const port = parentPort!;
const handler = eventsEndpoint();

function post(message: EventsThreadMessage): void {
  port.postMessage(message, message.kind === "answer" ? [message.body.buffer as ArrayBuffer] : []);
}

async function answer(message: EventRequestMessage): Promise<void> {
  let reply: Answer;
  try {
    reply = await answerOf(await handler(requestOf(message, message.body, message.https)));
  } catch (error) {
    logger.error({ err: error }, "unexpected error answering an event");
    reply = internalFailure();
  }
  post({ kind: "answer", id: message.id, ...reply });
}

onWake((personWaiting) => post({ kind: "wake", personWaiting }));
port.on("message", (message: EventRequestMessage) => void answer(message));
post({ kind: "ready" });
