// What the step's action reads before it runs, read in the step's own load (load-step.ts) so a
// notification costs no query of its own: an internal email's recipients, an email's sender and
// thread. Read for the action the step runs (the job's, else the workflow's first); a handler
// uses them only for that action (readsFor), else reads as before.
import "server-only";
import { sql, type SqlFragment } from "@/lib/db/sql";
import { recipientsJson, type Recipient } from "@/lib/workflows/action-types/send-internal-email/recipients";
import { emailContextJson, type EmailContextRow } from "./email-context";

export interface StepReads {
  /** The action they were read for. */
  actionId: string | null;
  recipients: Recipient[] | null;
  emailContext: EmailContextRow | null;
}

/** The step's action `a` (id, type, config) and ticket `t` (a "Ticket" row) as SQL: the reads' JSON. */
export function stepReadsJson(ticketId: string): SqlFragment {
  return sql`json_build_object('actionId', a.id,
    'recipients', CASE WHEN a.type = 'SEND_INTERNAL_EMAIL' THEN ${recipientsJson(sql`a.config`, sql`t."ownerId"`)} END,
    'emailContext', CASE WHEN a.type IN ('SEND_INTERNAL_EMAIL', 'SEND_EMAIL')
      THEN ${emailContextJson(ticketId, sql`t."originThreadId"`)} END)`;
}

/** The step's action as `a`, joined laterally on the workflow `w`: `actionId`, else the first top-level action. */
export function stepActionJoin(actionId: string | null): SqlFragment {
  return sql`LEFT JOIN LATERAL (SELECT wa.id, wa.type, wa.config FROM "WorkflowAction" wa
      WHERE wa."workflowId" = w.id AND (wa.id = ${actionId} OR (${actionId}::text IS NULL AND wa."parentActionId" IS NULL))
      ORDER BY wa.position, wa."createdAt", wa.id LIMIT 1) a ON true`;
}

/** The reads made with the step, when they are this action's. */
export function readsFor(step: { state: { reads?: StepReads }; node: { id: string } }): StepReads | null {
  const reads = step.state.reads;
  return reads && reads.actionId === step.node.id ? reads : null;
}
