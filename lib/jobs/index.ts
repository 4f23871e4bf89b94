// Durable side effects (DESIGN.md): jobs written in the caller's transaction, run by workers.
// The worker itself is "@/lib/jobs/worker" (it imports every handler; this entry stays light,
// so handlers can enqueue follow-up jobs from here without an import cycle).
export { enqueueJob, PERSON_WAITING, type EnqueueJobInput, type EnqueuedJob } from "./enqueue";
export { wakeWorkers } from "./wake";
export { claimJobs, claimJobsAndNextDue, type ClaimAndNextDue, type ClaimOptions } from "./claim";
export { completeJob, failJob, reapExpiredJobs, type FailOptions } from "./outcome";
export { takeOwnJobs } from "./take-own-jobs";
export { runDueJobs, type RunDueJobsOptions } from "./run-due";
export { PermanentJobError, RetryAfterError } from "./errors";
export { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from "./backoff";
export { defineJobHandler } from "./types";
export type { ClaimedJob, JobContext, JobHandler, JobHandlers, JobLease, JobState } from "./types";
export type { SqlTarget } from "./sql";
