// The table of job handlers: one entry per job type. To add an action type, write its handler
// (lib/<domain>/…-job.ts, a `defineJobHandler({ payload, execute })`) and list it here. It names
// every feature's handler, so it sits above them (beside lib/server-start.ts); the queue
// (lib/jobs) is handed it by whoever starts a worker.
import { deliverEmailJob } from "@/lib/mail/deliver-email-job";
import { RUN_WORKFLOW_STEP, runWorkflowStepJob, TIME_TRIGGER_JOB } from "@/lib/workflows/run";
import { timeTriggerBatchJob } from "@/lib/time-trigger-batch";
import type { JobHandlers } from "@/lib/jobs/types";

export const jobHandlers: JobHandlers = {
  deliver_email: deliverEmailJob,
  [RUN_WORKFLOW_STEP]: runWorkflowStepJob,
  // Timers fire in batches (lib/time-trigger-batch.ts wraps the workflows' handler).
  [TIME_TRIGGER_JOB]: timeTriggerBatchJob,
};
