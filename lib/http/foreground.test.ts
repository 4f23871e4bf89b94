// The main thread's count of the work someone waits on, and the events thread's wait for it
// (lib/http/foreground.ts). Both ends run in this one thread here; the memory is the same one the
// events thread is handed.
import { afterEach, describe, expect, it } from "vitest";
import { afterForeground, foregroundBusy, foregroundMemory, noteForeground, adoptForegroundMemory } from "./foreground";

const ends: (() => void)[] = [];
afterEach(() => ends.splice(0).forEach((end) => end()));

const note = () => {
  const end = noteForeground();
  ends.push(end);
  return end;
};

describe("work someone waits on in the main thread", () => {
  it("is counted until each piece ends, once however often its end is called", () => {
    expect(foregroundBusy()).toBe(false);
    const first = note();
    const second = note();
    first();
    first();
    expect(foregroundBusy()).toBe(true);
    second();
    expect(foregroundBusy()).toBe(false);
  });

  it("is seen through the shared memory handed to another thread", () => {
    const seenElsewhere = new Int32Array(foregroundMemory());
    const end = note();
    expect(Atomics.load(seenElsewhere, 0)).toBe(1);
    end();
    expect(Atomics.load(seenElsewhere, 0)).toBe(0);
  });

  it("lets an event start at once when there is none", async () => {
    let started = false;
    const waiting = afterForeground(60_000).then(() => (started = true));
    await waiting;
    expect(started).toBe(true);
  });

  it("holds an event until the last piece ends", async () => {
    const first = note();
    const second = note();
    let started = false;
    // A limit far beyond the test's own timeout: only the ends can let it go.
    const waiting = afterForeground(60_000).then(() => (started = true));
    first();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toBe(false);
    second();
    await waiting;
    expect(started).toBe(true);
  });

  it("holds an event no longer than its limit while the work goes on", async () => {
    note();
    await afterForeground(5);
    expect(foregroundBusy()).toBe(true);
  });

  it("counts in memory it is given (the events thread's start)", () => {
    const own = foregroundMemory();
    const given = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    adoptForegroundMemory(given);
    try {
      const end = noteForeground();
      expect(Atomics.load(new Int32Array(given), 0)).toBe(1);
      end();
    } finally {
      adoptForegroundMemory(own);
    }
  });
});
