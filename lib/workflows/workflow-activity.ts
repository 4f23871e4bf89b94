// Trigger workflows tell the truth (issue 14 item 5): how many actions each workflow has, how many
// tickets it enrolled, how many times it ran and when it last ran — for the §4 email triggers'
// workflows (whose runs are the ticket moves they made, on the timeline) and the §5 status
// workflows (whose enrolments end as soon as their actions ran) as for any other.
import "server-only";
import { RULE } from "@/lib/automation";
import type { WorkflowKind } from "@/generated/prisma/enums";
import { dbHandle } from "@/lib/db";
import { rows, sql } from "@/lib/db/sql";

export interface WorkflowActivity {
  /** Tickets ever enrolled (or moved, for an email trigger). */
  enrolled: number;
  runs: number;
  lastRunAt: Date | null;
}

const NONE: WorkflowActivity = { enrolled: 0, runs: 0, lastRunAt: null };

/** The rule an email trigger's workflow runs as (its moves carry it on the timeline). */
const TRIGGER_RULE: Partial<Record<WorkflowKind, string>> = {
  EMAIL_SENT_TRIGGER: RULE.emailSentTrigger,
  CUSTOMER_REPLY_TRIGGER: RULE.customerReplyTrigger,
};

export function isEmailTriggerWorkflow(kind: WorkflowKind): boolean {
  return TRIGGER_RULE[kind] !== undefined;
}

/** An email trigger's workflow has one action, "Set ticket status to X", kept in the pipeline's settings. */
export function actionCount(kind: WorkflowKind, storedActions: number): number {
  return isEmailTriggerWorkflow(kind) ? Math.max(storedActions, 1) : storedActions;
}

interface ActivityRow {
  key: string;
  enrolled: number;
  runs: number;
  lastRunMs: number | null;
}

const toActivity = (r: ActivityRow): WorkflowActivity => ({
  enrolled: r.enrolled,
  runs: r.runs,
  lastRunAt: r.lastRunMs === null ? null : new Date(r.lastRunMs),
});

/** Every workflow's activity, keyed by workflow id; one query for enrolments, one for trigger moves. */
export async function workflowActivity(
  workflows: readonly { id: string; kind: WorkflowKind; pipelineId: string | null }[],
): Promise<Map<string, WorkflowActivity>> {
  const executor = dbHandle().sql;
  const rules = Object.values(TRIGGER_RULE);
  const [enrolments, moves] = await Promise.all([
    rows<ActivityRow>(
      executor,
      sql`SELECT e."workflowId" AS key, count(DISTINCT e."ticketId")::int AS enrolled, count(*)::int AS runs,
          (extract(epoch FROM max(e."createdAt")) * 1000)::float8 AS "lastRunMs"
        FROM "WorkflowEnrollment" e GROUP BY e."workflowId"`,
    ),
    rows<ActivityRow>(
      executor,
      sql`SELECT t."pipelineId" || '|' || x."ruleName" AS key, count(DISTINCT x."ticketId")::int AS enrolled,
          count(*)::int AS runs, (extract(epoch FROM max(x."createdAt")) * 1000)::float8 AS "lastRunMs"
        FROM "TimelineEntry" x JOIN "Ticket" t ON t.id = x."ticketId"
        WHERE x.kind = 'status_changed' AND x."ruleName" = ANY(${rules})
        GROUP BY t."pipelineId", x."ruleName"`,
    ),
  ]);
  const byEnrolment = new Map(enrolments.map((r) => [r.key, toActivity(r)]));
  const byMove = new Map(moves.map((r) => [r.key, toActivity(r)]));
  return new Map(
    workflows.map((w) => {
      const rule = TRIGGER_RULE[w.kind];
      const activity = rule ? byMove.get(`${w.pipelineId}|${rule}`) : byEnrolment.get(w.id);
      return [w.id, activity ?? NONE];
    }),
  );
}
