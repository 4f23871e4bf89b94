// What the production server's main thread and its events thread (lib/events/events-thread.ts,
// lib/events/events-thread-entry.ts) say to each other: plain data, posted between threads.
import type { Answer, RequestHead } from "@/lib/http/node-fetch";

/** Main → events thread: one POST /api/v1/events to answer. */
export interface EventRequestMessage extends RequestHead {
  id: number;
  body: Uint8Array;
  https: boolean;
}

/** Events thread → main: the answer to request `id`. */
export type EventAnswerMessage = { id: number } & Answer;

/** Main → events thread. */
export type MainThreadMessage =
  /** The requests read in one turn of the main thread's loop (lib/events/batched-post.ts). */
  | { kind: "requests"; requests: EventRequestMessage[] }
  /** Jobs were enqueued on the main thread: wake the thread's job worker (when it runs one). */
  | { kind: "wake" };

/** The part of the thread's job worker's id that names it (`<host>:<pid>:events-thread:<random>`). */
export const EVENTS_THREAD_WORKER = "events-thread";

/** What the main thread tells the thread at its start (its workerData). */
export interface EventsThreadData {
  /** Run the job worker's general slots here (the main thread keeps the lane). */
  runJobs: boolean;
  /** The main thread's count of the work someone waits on (lib/http/foreground.ts). */
  foreground: SharedArrayBuffer;
}

/** Events thread → main. */
export type EventsThreadMessage =
  /** The thread has loaded the handler and can take requests. */
  | { kind: "ready" }
  /** The answers to requests, by `id`, finished in one turn of the thread's loop. */
  | { kind: "answers"; answers: EventAnswerMessage[] }
  /** Jobs were enqueued here: wake the main thread's job worker (lib/jobs/wake.ts). With the
   *  general slots here, only for a job a person waits on (the main thread's lane). */
  | { kind: "wake"; personWaiting: boolean };
