// Whether this server process is pressed by the requests it answers, for the job worker in the
// same process (lib/jobs/worker.ts `underPressure`): background jobs give way while requests keep
// its one event loop busy, so a person's click and the events endpoint keep their latency and the
// backlog drains when the load ends (bench/PROFILE.md "Background jobs give way", 4 Dec).
// Pressed = a request was being answered within the last PRESSURE_WINDOW_MS, and the event loop
// was busy more than PRESSED_UTILIZATION of that window. Without requests the worker runs at full
// speed however busy it keeps the loop itself (draining a backlog), and a loop with room to spare
// runs both. Per thread: the events thread has its own state, counted by noteWork. Kept on
// globalThis: scripts/server.ts and Next's bundles load this module separately.
import type { IncomingMessage, ServerResponse } from "node:http";
import { performance, type EventLoopUtilization } from "node:perf_hooks";

const PRESSURE_WINDOW_MS = 200;
const PRESSED_UTILIZATION = 0.7;

interface State {
  inFlight: number;
  lastEndedAt: number;
  /** The loop's utilization over the last complete window, and where the current one began. */
  utilization: number;
  windowStart: EventLoopUtilization;
  windowStartedAt: number;
}

const KEY = Symbol.for("ticketflow.serverPressure");
const globalForPressure = globalThis as unknown as { [KEY]?: State };

function state(): State {
  globalForPressure[KEY] ??= {
    inFlight: 0,
    lastEndedAt: -Infinity,
    utilization: 0,
    windowStart: performance.eventLoopUtilization(),
    windowStartedAt: performance.now(),
  };
  return globalForPressure[KEY];
}

/** A live stream (text/event-stream): it stays open for hours and costs nothing while idle, so
 *  no count of requests being answered includes it. */
export function isLiveStream(req: IncomingMessage): boolean {
  return req.headers.accept?.includes("text/event-stream") ?? false;
}

/** Counts `req` until its answer's connection closes; not a live stream. */
export function noteRequest(req: IncomingMessage, res: ServerResponse): void {
  if (isLiveStream(req)) return;
  res.once("close", noteWork());
}

/** Counts one piece of work answering a request on this thread (the events thread's events,
 *  which arrive as messages, not as requests); call what it returns when it is over. */
export function noteWork(): () => void {
  const s = state();
  s.inFlight++;
  return () => {
    s.inFlight--;
    s.lastEndedAt = performance.now();
  };
}

/** Requests are being answered and the event loop has had little room: background work should wait. */
export function underPressure(now = performance.now()): boolean {
  const s = state();
  if (now - s.windowStartedAt >= PRESSURE_WINDOW_MS) {
    const current = performance.eventLoopUtilization();
    s.utilization = performance.eventLoopUtilization(current, s.windowStart).utilization;
    s.windowStart = current;
    s.windowStartedAt = now;
  }
  const answering = s.inFlight > 0 || now - s.lastEndedAt < PRESSURE_WINDOW_MS;
  return answering && s.utilization > PRESSED_UTILIZATION;
}
