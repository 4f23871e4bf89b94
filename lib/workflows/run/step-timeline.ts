// The step's timeline entries (SPEC §7 "why did this change?"): each action's outcome, and
// how the enrolment ended, credited to the workflow (ruleName) and the event that started it.
// Written as a part of the step's one write statement (many steps' at once for a burst).
import "server-only";
import { newId } from "@/lib/db/ids";
import { sql, type SqlFragment } from "@/lib/db/sql";
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

/** An entry as the row it becomes (its id taken now: entries keep the order they were made in). */
export interface StepEntryRow {
  id: string;
  ticketId: string;
  kind: StepEntryKind;
  summary: string;
  detail: Record<string, unknown>;
  ruleName: string;
  eventId: string | null;
  jobId: string;
  depth: number;
  createdAt: string;
}

export function stepEntryRow(step: StepBase, entry: StepEntry): StepEntryRow {
  const { payload } = step.job;
  return {
    id: newId(),
    ticketId: payload.ticketId,
    kind: entry.kind,
    summary: entry.summary,
    detail: {
      workflowId: step.state.workflow.id,
      enrollmentId: payload.enrollmentId,
      ...(entry.action ? { actionId: entry.action.id, actionType: entry.action.type } : {}),
      ...entry.detail,
    },
    ruleName: step.state.workflow.name,
    eventId: payload.causeEventId,
    jobId: step.job.id,
    depth: payload.depth,
    createdAt: step.now.toISOString(),
  };
}

/** The INSERT … RETURNING of `entries`, as a write part; `onlyIf`: none written unless it holds. */
export function stepEntriesInsert(entries: readonly StepEntryRow[], onlyIf?: SqlFragment): SqlFragment {
  return sql`
    INSERT INTO "TimelineEntry" (id, "ticketId", kind, summary, detail, "ruleName", "eventId", "jobId", depth, "createdAt")
    SELECT x.id, x."ticketId", x.kind, x.summary, x.detail, x."ruleName", x."eventId", x."jobId", x.depth,
      x."createdAt" AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${JSON.stringify(entries)}::jsonb) AS x(id text, "ticketId" text, kind text, summary text,
      detail jsonb, "ruleName" text, "eventId" text, "jobId" text, depth int, "createdAt" timestamptz)
    WHERE ${onlyIf ?? sql`true`}
    RETURNING 1`;
}
