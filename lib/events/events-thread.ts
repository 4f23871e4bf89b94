// POST /api/v1/events on a thread of its own, in the production server's process (PostgreSQL
// only; scripts/server.ts starts it). The main thread only reads the request and writes the
// answer; the thread runs the route's handler (lib/events-thread-entry.ts) with its own event loop
// and pool. So a burst of machine traffic no longer queues a person's request (a status change, a
// board move) behind its handlers on the main event loop: the operating system shares the two
// cores between the threads instead (bench/PROFILE.md, 4 Dec: "The events on a thread of their
// own"). With `runJobs` the thread also runs the job worker's general slots, the background work
// those events cause; the main thread's worker keeps only the lane for the jobs a person waits
// on (bench/PROFILE.md, 5 Dec). PGlite is one session inside the main thread: its events stay
// there. Should the thread stop, the requests it held are answered 500 and the main thread
// answers the next ones itself, and takes the general slots back, as with the thread off.
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { env } from "@/lib/env";
import { setGeneralSlotsElsewhere } from "@/lib/jobs/general-slots-elsewhere";
import { onWake, wakeWorkers } from "@/lib/jobs/wake";
import { logger } from "@/lib/logger";
import { foregroundMemory } from "@/lib/http/foreground";
import { MAX_BODY_BYTES } from "@/lib/http/json-body";
import { internalFailure, readBody, sendAnswer } from "@/lib/http/node-fetch";
import { pathnameOf } from "@/lib/http/serve-direct";
import { securityHeaders } from "@/lib/http/security-headers";
import { servedOverHttps } from "@/lib/http/served-over-https";
import { batchedPost } from "./batched-post";
import type {
  EventRequestMessage,
  EventsThreadData,
  EventsThreadMessage,
  MainThreadMessage,
} from "./events-thread-messages";

export const EVENTS_PATH = "/api/v1/events";

export interface EventsThread {
  /** Answers `req` when it is POST /api/v1/events and the thread is running; false otherwise. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /** Whether the thread is running (it stops only if it fails, or on stop()). */
  readonly running: boolean;
  stop(): Promise<void>;
}

export interface EventsThreadOptions {
  /** The thread's environment (default: this process's): DATABASE_URL, EVENTS_SECRET, … */
  env?: NodeJS.ProcessEnv;
  /** Run the job worker's general slots on the thread, and stand this thread's aside (default
   *  false): for a server whose main thread runs a worker (TICKETFLOW_SERVER_WORKER). */
  runJobs?: boolean;
}

interface Pending {
  res: ServerResponse;
  close: boolean;
  headers: Record<string, string>;
}

const isEventsRequest = (req: IncomingMessage) => req.method === "POST" && pathnameOf(req.url) === EVENTS_PATH;

/** The thread, once it has loaded the handler. Rejects if it fails to start. */
export function startEventsThread(options: EventsThreadOptions = {}): Promise<EventsThread> {
  // The thread runs our TypeScript as the server does (tsx's CommonJS hook), resolving
  // "server-only" as in React Server Components (the handler's modules import it). Its code sits
  // above lib/events, beside lib/server-start.ts: it starts the job worker too.
  const runJobs = options.runJobs ?? false;
  const data: EventsThreadData = { runJobs, foreground: foregroundMemory() };
  const worker = new Worker(path.join(__dirname, "..", "events-thread-entry.ts"), {
    execArgv: ["--require", "tsx/cjs", "--conditions=react-server"],
    env: options.env ?? process.env,
    workerData: data,
  });
  worker.unref(); // the server's socket keeps the process alive, not the thread
  const pending = new Map<number, Pending>();
  let sequence = 0;
  let running = false;
  let stopForwardingWakes: (() => void) | undefined;

  const post = (message: MainThreadMessage) => worker.postMessage(message);
  const postRequest = batchedPost<EventRequestMessage>(
    (requests, transfer) => worker.postMessage({ kind: "requests", requests } satisfies MainThreadMessage, transfer),
    (request) => request.body.buffer as ArrayBuffer,
  );

  /** The thread takes the general slots: this thread's enqueues wake its worker. */
  function handOverJobs(): void {
    stopForwardingWakes = onWake(() => post({ kind: "wake" }));
    setGeneralSlotsElsewhere(true);
  }

  function takeBackJobs(): void {
    if (!stopForwardingWakes) return;
    stopForwardingWakes();
    stopForwardingWakes = undefined;
    setGeneralSlotsElsewhere(false);
  }

  function fail(reason: unknown): void {
    if (running) logger.error({ err: reason }, "the events thread stopped; events are answered on the main thread");
    running = false;
    takeBackJobs();
    for (const { res, headers } of pending.values()) sendAnswer(res, internalFailure(), true, headers);
    pending.clear();
  }

  const thread: EventsThread = {
    get running() {
      return running;
    },
    serve(req, res) {
      if (!running || !isEventsRequest(req)) return false;
      const https = servedOverHttps(req.headers);
      const headers = securityHeaders({ kind: "api", https });
      const id = ++sequence;
      void readBody(req, MAX_BODY_BYTES).then(
        ({ bytes, cut }) => {
          if (!running) return sendAnswer(res, internalFailure(), true, headers);
          pending.set(id, { res, close: cut, headers });
          // The bytes are copied into a buffer of their own, so transferring it moves nothing else.
          const body = new Uint8Array(bytes);
          postRequest({ id, method: req.method, url: req.url, rawHeaders: req.rawHeaders, body, https });
        },
        () => res.destroy(),
      );
      return true;
    },
    async stop() {
      running = false;
      takeBackJobs();
      await worker.terminate();
    },
  };

  return new Promise((resolve, reject) => {
    worker.on("message", (message: EventsThreadMessage) => {
      switch (message.kind) {
        case "ready":
          running = true;
          if (runJobs) handOverJobs();
          resolve(thread);
          return;
        case "wake":
          wakeWorkers({ personWaiting: message.personWaiting });
          return;
        case "answers":
          for (const answer of message.answers) {
            const request = pending.get(answer.id);
            if (!request) continue;
            pending.delete(answer.id);
            sendAnswer(request.res, answer, request.close, request.headers);
          }
      }
    });
    worker.once("error", (error) => {
      fail(error);
      reject(error);
    });
    worker.once("exit", (code) => {
      fail(new Error(`the events thread exited with code ${code}`));
      reject(new Error(`the events thread exited with code ${code} before it was ready`));
    });
  });
}

/** The production server's events thread: on PostgreSQL unless TICKETFLOW_EVENTS_THREAD=off. */
export async function startEventsThreadFromEnv(): Promise<EventsThread | null> {
  const config = env();
  if (!config.DATABASE_URL || !config.TICKETFLOW_EVENTS_THREAD) return null;
  return startEventsThread({ runJobs: config.TICKETFLOW_SERVER_WORKER });
}
