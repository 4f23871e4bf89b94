// The time_trigger job (SPEC §9 durable timers): its name and payload, shared by the change that
// writes a timer (lib/tickets/timer-writes.ts), the business-hours save that reschedules them and
// the handler that fires them (lib/workflows/run/time-trigger-job.ts).
export const TIME_TRIGGER_JOB = "time_trigger";

export interface TimerPayload {
  workflowId: string;
  trigger: "STATUS_DURATION" | "SLA_DUE_SOON" | "SLA_OVERDUE";
  statusId: string | null;
  slaTarget: "firstReply" | "close" | null;
  /** ISO instant the clock started (the occurrence). */
  startedAt: string;
  /** STATUS_DURATION: the wait, counted from startedAt. */
  afterMs: number | null;
  businessHours: boolean;
}
