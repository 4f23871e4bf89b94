// Job type "time_trigger" in bursts (issue 17 item 5: 10,000 timers due in the same minute): the
// worker claims up to a batch of due timers in one statement and this fires them in ONE
// transaction — through fireTimers, as a single timer fires (lock the tickets, ask the engine,
// write the enrolments keyed by their occurrences) but a few statements for the lot, tickets
// locked in id order so two batches never wait on each other in a cycle — then runs the first action of each enrolment
// in place where safe (lib/workflows/run/first-steps-in-place.ts: its start job completed in
// this transaction), then completes the timers in one statement. The effects and completions
// commit together, so each timer still fires exactly once and its first action runs once; a
// batch that fails is run again timer by timer (lib/jobs/execute-batch.ts), each leaving its
// first action to its job as a single timer does. It sits above lib/workflows, whose handler
// it wraps, and below the handler table.
import "server-only";
import { defineJobHandler, wakeWorkers } from "@/lib/jobs";
import { createTimeTriggerHandler, fireTimers, runFirstStepsInPlace, type DueTimer } from "@/lib/workflows/run";

type TimeTriggerJobOptions = NonNullable<Parameters<typeof createTimeTriggerHandler>[0]>;

export function createTimeTriggerBatchHandler(options: TimeTriggerJobOptions = {}) {
  const single = createTimeTriggerHandler(options);
  return defineJobHandler({
    payload: single.payload!,
    execute: single.execute,
    async executeMany(jobs, ctx) {
      const now = options.now?.() ?? new Date();
      const timers = jobs.flatMap((job): DueTimer[] =>
        job.ticketId ? [{ ticketId: job.ticketId, timer: job.payload as DueTimer["timer"] }] : [],
      );
      const results = await ctx.handle.transaction(async (tx) => {
        const fired = await fireTimers(tx, timers, now);
        const enrolled = fired.flatMap((r) => (r.fired ? r.enrollmentIds : []));
        await runFirstStepsInPlace(tx, enrolled, { jobs: ctx, now });
        await ctx.completeAll(tx);
        return fired;
      });
      if (results.some((r) => r.fired && r.enrolled)) wakeWorkers();
    },
  });
}

export const timeTriggerBatchJob = createTimeTriggerBatchHandler();
