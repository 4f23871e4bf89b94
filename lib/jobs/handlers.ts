// The table of job handlers: one entry per job type. To add an action type, write its handler
// (lib/<domain>/…-job.ts, a `defineJobHandler({ payload, execute })`) and list it here.
import { deliverEmailJob } from "@/lib/mail/deliver-email-job";
import { RUN_WORKFLOW_STEP, runWorkflowStepJob } from "@/lib/workflows/run";
import type { JobHandlers } from "./types";

export const jobHandlers: JobHandlers = {
  deliver_email: deliverEmailJob,
  [RUN_WORKFLOW_STEP]: runWorkflowStepJob,
};
