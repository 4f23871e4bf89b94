// What the production server's main thread and its events thread (lib/events/events-thread.ts,
// lib/events/events-thread-entry.ts) say to each other: plain data, posted between threads.
import type { Answer, RequestHead } from "@/lib/http/node-fetch";

/** Main → events thread: one POST /api/v1/events to answer. */
export interface EventRequestMessage extends RequestHead {
  id: number;
  body: Uint8Array;
  https: boolean;
}

/** Events thread → main. */
export type EventsThreadMessage =
  /** The thread has loaded the handler and can take requests. */
  | { kind: "ready" }
  /** The answer to request `id`. */
  | ({ kind: "answer"; id: number } & Answer)
  /** An event enqueued jobs: wake the job worker, which runs on the main thread (lib/jobs/wake.ts). */
  | { kind: "wake"; personWaiting: boolean };
