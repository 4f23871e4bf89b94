// lib/http/server-pressure.ts: pressed only while requests are answered and the event loop is busy;
// a live stream is not a request in flight; a busy loop with no request is not pressure.
import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { noteRequest, underPressure } from "./server-pressure";

function request(accept = "application/json") {
  const res = new EventEmitter() as unknown as ServerResponse;
  const req = { headers: { accept } } as IncomingMessage;
  noteRequest(req, res);
  return { close: () => (res as unknown as EventEmitter).emit("close") };
}

/** Keeps the event loop busy (no turn taken) for `ms`. */
function spin(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** Idle for `ms`, then start a new measuring window (the next call measures only what follows). */
async function idle(ms: number) {
  await new Promise((resolve) => setTimeout(resolve, ms));
  underPressure();
}

describe("underPressure", () => {
  it("is false when the loop was busy but no request was being answered", async () => {
    await idle(250); // any earlier request's tail has passed
    spin(250);
    expect(underPressure()).toBe(false);
  });

  it("is true while a request is answered on a busy loop, and false once the loop has room", async () => {
    await idle(250);
    const answer = request();
    spin(250);
    expect(underPressure()).toBe(true);
    await idle(250);
    expect(underPressure()).toBe(false); // the request is still open, but the loop was idle
    answer.close();
  });

  it("does not count a live stream (text/event-stream) as a request", async () => {
    await idle(250);
    const stream = request("text/event-stream");
    spin(250);
    expect(underPressure()).toBe(false);
    stream.close();
  });
});
