// What the production server's main thread and its events thread (lib/events/events-thread.ts,
// lib/events/events-thread-entry.ts) say to each other: plain data, posted between threads.
import type { Answer, RequestHead } from "@/lib/http/node-fetch";

/** Main → events thread: one POST /api/v1/events to answer. */
export interface EventRequestMessage extends RequestHead {
  kind: "request";
  id: number;
  body: Uint8Array;
  https: boolean;
}

/** Main → events thread. */
export type MainThreadMessage =
  | EventRequestMessage
  /** Jobs were enqueued on the main thread: wake the thread's job worker (when it runs one). */
  | { kind: "wake" };

/** The part of the thread's job worker's id that names it (`<host>:<pid>:events-thread:<random>`). */
export const EVENTS_THREAD_WORKER = "events-thread";

/** What the main thread tells the thread at its start (its workerData). */
export interface EventsThreadData {
  /** Run the job worker's general slots here (the main thread keeps the lane). */
  runJobs: boolean;
}

/** Events thread → main. */
export type EventsThreadMessage =
  /** The thread has loaded the handler and can take requests. */
  | { kind: "ready" }
  /** The answer to request `id`. */
  | ({ kind: "answer"; id: number } & Answer)
  /** Jobs were enqueued here: wake the main thread's job worker (lib/jobs/wake.ts). With the
   *  general slots here, only for a job a person waits on (the main thread's lane). */
  | { kind: "wake"; personWaiting: boolean };
