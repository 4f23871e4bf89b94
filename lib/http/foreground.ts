// The work someone waits on in the server's main thread: the requests it answers (a person's
// status change, a page, an API call) and the jobs of its lane (the workflow a person's own change
// started). While there is any, the events thread (PostgreSQL) starts no new event and its job
// worker gives way, for at most HOLD_MS an event: on two cores a burst of machine traffic then
// leaves the CPU and PostgreSQL to the person (issue 16 item 2; bench/PROFILE.md, 5 Dec: "A
// server's first seconds"). Events already started run on. One counter in memory shared by the
// two threads: the main thread counts, the events thread reads. Kept on globalThis, as
// scripts/server.ts and Next's bundles load this module separately.
import type { IncomingMessage, ServerResponse } from "node:http";
import { isLiveStream } from "./server-pressure";

/** The longest an event waits for the main thread's work to end before it starts anyway, so a
 *  stream of requests (or a slow download) delays events by this much at most. */
export const HOLD_MS = 20;

const KEY = Symbol.for("ticketflow.foreground");
const globalForForeground = globalThis as unknown as { [KEY]?: Int32Array };

function counter(): Int32Array {
  globalForForeground[KEY] ??= new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  return globalForForeground[KEY];
}

/** The shared memory to hand to the events thread (its workerData). */
export function foregroundMemory(): SharedArrayBuffer {
  return counter().buffer as SharedArrayBuffer;
}

/** On the events thread: count with the main thread's memory. */
export function adoptForegroundMemory(memory: SharedArrayBuffer): void {
  globalForForeground[KEY] = new Int32Array(memory);
}

/** Counts one piece of the main thread's work; call what it returns when it is over. */
export function noteForeground(): () => void {
  const count = counter();
  Atomics.add(count, 0, 1);
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    if (Atomics.sub(count, 0, 1) === 1) Atomics.notify(count, 0);
  };
}

/** Counts a request answered on the main thread until its answer is sent; not a live stream. */
export function noteForegroundRequest(req: IncomingMessage, res: ServerResponse): void {
  if (isLiveStream(req)) return;
  const done = noteForeground();
  res.once("finish", done);
  res.once("close", done);
}

/** Whether the main thread has work someone waits on. */
export function foregroundBusy(): boolean {
  return Atomics.load(counter(), 0) > 0;
}

/** Resolves once the main thread has no work someone waits on, or after `limitMs`. */
export async function afterForeground(limitMs = HOLD_MS): Promise<void> {
  const count = counter();
  const until = performance.now() + limitMs;
  for (let busy = Atomics.load(count, 0); busy > 0; busy = Atomics.load(count, 0)) {
    const left = until - performance.now();
    if (left <= 0) return;
    await Atomics.waitAsync(count, 0, busy, left).value;
  }
}
