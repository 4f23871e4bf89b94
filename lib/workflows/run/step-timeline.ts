// The step's timeline entries (SPEC §7 "why did this change?"): each action's outcome, and
// how the enrolment ended, credited to the workflow (ruleName) and the event that started it.
import "server-only";
import { newId } from "@/lib/db/ids";
import { rows, sql, utc, type Sql } from "@/lib/db/sql";
import type { StepBase } from "./step-context";

export type StepEntryKind =
  | "action_sent"
  | "action_done"
  | "action_skipped"
  | "action_failed"
  | "action_retried"
  | "workflow_completed"
  | "workflow_unenrolled";

export interface StepEntry {
  kind: StepEntryKind;
  summary: string;
  detail?: Record<string, unknown>;
  /** The action this entry is about, if any. */
  action?: { id: string; type: string };
}

export async function writeStepEntry(tx: Sql, step: StepBase, entry: StepEntry): Promise<void> {
  const { payload } = step.job;
  const detail = {
    workflowId: step.state.workflow.id,
    enrollmentId: payload.enrollmentId,
    ...(entry.action ? { actionId: entry.action.id, actionType: entry.action.type } : {}),
    ...entry.detail,
  };
  await rows(
    tx,
    sql`
    INSERT INTO "TimelineEntry" (id, "ticketId", kind, summary, detail, "ruleName", "eventId", "jobId", depth, "createdAt")
    VALUES (${newId()}, ${payload.ticketId}, ${entry.kind}, ${entry.summary}, ${JSON.stringify(detail)}::jsonb,
      ${step.state.workflow.name}, ${payload.causeEventId}, ${step.job.id}, ${payload.depth}, ${utc(step.now)})`,
  );
}
