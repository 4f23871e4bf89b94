// Background jobs give way while the server's requests keep its event loop busy (issue 16 item 2;
// lib/jobs/worker.ts `underPressure`, lib/http/server-pressure.ts): the general slots run one job
// at a time with a pause between claims, nothing is skipped, a job a person waits on still starts
// at once in its lane, and the slots are all used again when the pressure ends.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import { enqueueJob, PERSON_WAITING, wakeWorkers, type JobHandlers } from "@/lib/jobs";
import { startWorker, type Worker } from "@/lib/jobs/worker";

const started: Worker[] = [];
beforeEach(async () => {
  await db.job.deleteMany();
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((w) => w.stop()));
});

interface Run {
  name: string;
  startedAt: number;
  /** Background jobs running when this one started (itself included). */
  running: number;
}

/** `workMs`: how long each background job runs. */
function recorder(workMs = 15) {
  const runs: Run[] = [];
  let running = 0;
  let hold = Promise.resolve();
  const handlers: JobHandlers = {
    work: {
      execute: async (job) => {
        running++;
        runs.push({ name: (job.payload as { name: string }).name, startedAt: performance.now(), running });
        await hold;
        await new Promise((resolve) => setTimeout(resolve, workMs));
        running--;
      },
    },
    person: {
      execute: async (job) => {
        runs.push({ name: (job.payload as { name: string }).name, startedAt: performance.now(), running });
      },
    },
  };
  return { runs, handlers, holdWith: (p: Promise<void>) => (hold = p) };
}

const enqueueWork = (names: string[]) =>
  Promise.all(names.map((name) => enqueueJob(db, { type: "work", payload: { name } })));

describe("the worker under pressure", () => {
  it("runs background jobs one at a time with a pause between claims, and all of them", async () => {
    // Jobs that take no time: without the pause the next would start as soon as it is claimed.
    const { runs, handlers } = recorder(0);
    await enqueueWork(["a", "b", "c", "d", "e", "f"]);
    const pause = 250; // well above a claim and a completion's round trips on either database, even on a busy machine
    const worker = startWorker({
      handlers,
      concurrency: 4,
      pollIntervalMs: 20,
      underPressure: () => true,
      pressedPauseMs: pause,
    });
    started.push(worker);
    await until(async () => (await db.job.count({ where: { state: "SUCCEEDED" } })) === 6);
    expect(runs.map((r) => r.name).sort()).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(Math.max(...runs.map((r) => r.running))).toBe(1);
    // The pause runs from one claim's start to the next. A handler starts after its claim's
    // statement, whose time varies, so single gaps vary; their sum from one start to another
    // carries the variation of two claims only. The first claim is left out: on a fresh
    // connection it also plans its statement. Without the pause the gaps are a claim and a
    // completion's round trips (~10–60 ms).
    const starts = runs.map((r) => r.startedAt).sort((a, b) => a - b);
    expect(starts.at(-1)! - starts[1]!).toBeGreaterThanOrEqual((starts.length - 2.5) * pause);
  });

  it("still starts a job a person waits on at once, beside the running background job", async () => {
    let release!: () => void;
    const { runs, handlers, holdWith } = recorder();
    holdWith(new Promise<void>((resolve) => (release = resolve)));
    await enqueueWork(["background"]);
    const worker = startWorker({ handlers, concurrency: 4, pollIntervalMs: 600_000, underPressure: () => true });
    started.push(worker);
    wakeWorkers();
    await until(async () => runs.length === 1);
    await enqueueJob(db, { type: "person", payload: { name: "person" }, priority: PERSON_WAITING });
    wakeWorkers({ personWaiting: true });
    await until(async () => runs.length === 2);
    expect(runs.map((r) => [r.name, r.running])).toEqual([
      ["background", 1],
      ["person", 1], // the background job was still running
    ]);
    release();
  });

  it("uses every slot again when the pressure ends", async () => {
    let pressed = true;
    const { runs, handlers } = recorder();
    await enqueueWork(["1", "2", "3", "4", "5", "6", "7", "8"]);
    const worker = startWorker({ handlers, concurrency: 4, pollIntervalMs: 20, underPressure: () => pressed });
    started.push(worker);
    await until(async () => runs.length >= 2);
    expect(Math.max(...runs.map((r) => r.running))).toBe(1);
    pressed = false;
    await until(async () => (await db.job.count({ where: { state: "SUCCEEDED" } })) === 8);
    expect(Math.max(...runs.map((r) => r.running))).toBeGreaterThan(1);
  });
});

describe("without pressure (the default)", () => {
  it("fills every slot", async () => {
    const { runs, handlers } = recorder();
    await enqueueWork(["1", "2", "3", "4"]);
    started.push(startWorker({ handle: dbHandle(), handlers, concurrency: 4, pollIntervalMs: 20 }));
    await until(async () => (await db.job.count({ where: { state: "SUCCEEDED" } })) === 4);
    expect(Math.max(...runs.map((r) => r.running))).toBeGreaterThan(1);
  });
});

async function until(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("not done within 20 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
