// The events thread's own code (started by lib/events/events-thread.ts, in the production server
// on PostgreSQL). It answers the POST /api/v1/events requests the main thread posts with the
// route's very handler (lib/events/events-endpoint.ts: signature, limits, validation, the one
// transaction, idempotency), on this thread's own event loop and its own pool of PostgreSQL
// connections (lib/events/ingress-handle.ts, opened from DATABASE_URL as on the main thread).
// With `runJobs` it also runs the job worker's general slots (the events' own jobs, timers,
// deliveries: every job), so the main thread's loop keeps to people's requests and the lane for
// the jobs a person waits on; wake-ups for those go back to the main thread. It sits beside
// lib/server-start.ts, above lib/events and lib/job-handlers.ts, since it starts both.
import "server-only";
import { parentPort, workerData } from "node:worker_threads";
import { dbHandle } from "@/lib/db";
import { eventsEndpoint } from "@/lib/events/events-endpoint";
import { batchedPost } from "@/lib/events/batched-post";
import {
  EVENTS_THREAD_WORKER,
  type EventAnswerMessage,
  type EventRequestMessage,
  type EventsThreadData,
  type EventsThreadMessage,
  type MainThreadMessage,
} from "@/lib/events/events-thread-messages";
import { afterForeground, foregroundBusy, adoptForegroundMemory } from "@/lib/http/foreground";
import { answerOf, internalFailure, requestOf, type Answer } from "@/lib/http/node-fetch";
import { noteWork, underPressure } from "@/lib/http/server-pressure";
import { jobHandlers } from "@/lib/job-handlers";
import { onWake, wakeWorkers } from "@/lib/jobs/wake";
import { startWorker, workerIdFor } from "@/lib/jobs/worker";
import { logger } from "@/lib/logger";

// The thread runs at the process's CPU priority. At nice 10 (4 Dec to 5 Dec) it gave the cores
// to every other task, PostgreSQL's backends and the load's clients included, while it held the
// events' connections between a transaction's two round trips: the connection's hold time p99
// was 17–21 ms against 11.5–13 at nice 0, and the events' p99 39–48 ms against 34–37 at 16
// connections. People go first instead while they wait on the main thread: the thread starts no
// new event then (lib/http/foreground.ts). A person's status change → email under event load was
// 37–38 ms at p95 with nice 10, 43–44 at nice 0, 35–37 with the hold (bench/PROFILE.md, 5 Dec:
// "A server's first seconds").

const port = parentPort!;
const { runJobs, foreground } = workerData as EventsThreadData;
adoptForegroundMemory(foreground);
const handler = eventsEndpoint();

const post = (message: EventsThreadMessage) => port.postMessage(message);
const postAnswer = batchedPost<EventAnswerMessage>(
  (answers, transfer) => port.postMessage({ kind: "answers", answers } satisfies EventsThreadMessage, transfer),
  (answer) => answer.body.buffer as ArrayBuffer,
);

async function answer(message: EventRequestMessage): Promise<void> {
  // The thread's worker gives way while events keep this loop busy, as the main thread's does
  // for requests (lib/http/server-pressure.ts).
  const done = noteWork();
  let reply: Answer;
  try {
    await afterForeground(); // a person waiting on the main thread goes first (lib/http/foreground.ts)
    reply = await answerOf(await handler(requestOf(message, message.body, message.https)));
  } catch (error) {
    logger.error({ err: error }, "unexpected error answering an event");
    reply = internalFailure();
  } finally {
    done();
  }
  postAnswer({ id: message.id, ...reply });
}

if (runJobs) {
  // The jobs a person waits on are the main thread's lane's (woken below), never run here.
  // A job cut short when the thread stops is retaken once its lease expires, as after kill -9.
  // Its id says where the jobs ran (a job's lockedBy, Settings > Jobs).
  startWorker({
    handle: dbHandle(),
    handlers: jobHandlers,
    concurrency: 4,
    leavePersonWaiting: true,
    underPressure: () => underPressure() || foregroundBusy(),
    workerId: workerIdFor(EVENTS_THREAD_WORKER),
  });
}
onWake((personWaiting) => {
  if (personWaiting || !runJobs) post({ kind: "wake", personWaiting });
});
port.on("message", (message: MainThreadMessage) => {
  if (message.kind === "wake") wakeWorkers();
  else for (const request of message.requests) void answer(request);
});
post({ kind: "ready" });
