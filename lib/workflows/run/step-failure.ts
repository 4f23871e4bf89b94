// An action that threw (a webhook answering 500, an SMTP server down): the timeline says so
// on every attempt — "retried" while attempts remain, "failed" with the error on the last one
// (or at once when retrying cannot help), which also ends the enrolment as FAILED. The error
// is then rethrown for the queue to schedule the retry with its backoff, or to fail the job.
import "server-only";
import { PermanentJobError, RetryAfterError } from "@/lib/jobs";
import type { StepContext } from "./step-context";
import { gatheredRecords } from "./step-records";

// An error may carry a `publicMessage` for the timeline, which agents read (a webhook's failure
// without its URL or network detail); its `message` then stays in Job.lastError and the log,
// which only admins see.
function messageOf(error: unknown): string {
  const publicMessage = (error as { publicMessage?: unknown } | null)?.publicMessage;
  if (typeof publicMessage === "string") return publicMessage;
  return error instanceof Error ? error.message : String(error);
}

export async function recordStepFailure(step: StepContext, error: unknown): Promise<never> {
  const { job, node } = step;
  const final = error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
  const retryAfterMs = error instanceof RetryAfterError ? error.retryAfterMs : undefined;
  const attempt = `attempt ${job.attempts} of ${job.maxAttempts}`;
  const summary = final
    ? `Action failed (${attempt}): ${messageOf(error)}`
    : `Action will be retried${retryAfterMs === undefined ? "" : ` in ${Math.ceil(retryAfterMs / 1000)} s`} (${attempt}): ${messageOf(error)}`;
  // The entry and the enrolment's end: one statement, a transaction of its own.
  const records = gatheredRecords();
  await records.entry(step, {
    kind: final ? "action_failed" : "action_retried",
    summary,
    action: { id: node.id, type: node.action.type },
    detail: {
      error: messageOf(error),
      attempt: job.attempts,
      maxAttempts: job.maxAttempts,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    },
  });
  if (final) await records.end(step, "FAILED");
  try {
    await records.flush(step.jobs.handle.sql);
  } catch (recordError) {
    step.jobs.logger.error({ err: recordError }, "could not record a workflow action's failure on the timeline");
  }
  throw error;
}
