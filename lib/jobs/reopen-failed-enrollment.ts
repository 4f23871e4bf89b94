// Retrying a FAILED workflow step (Settings > Jobs): its final failure ended the enrolment as
// FAILED, and a step of an enrolment that is not ACTIVE does nothing. Reopen it at the step's
// action, unless the ticket was enrolled in the same workflow again since (two runs at once).
import "server-only";
import { AppError } from "@/lib/errors";
import { DB_NOW, queryRows, type SqlTarget } from "./sql";

const REOPEN = `
UPDATE "WorkflowEnrollment" e
SET state = 'ACTIVE', "currentActionId" = $2, "nextRunAt" = ${DB_NOW}, "updatedAt" = ${DB_NOW}
WHERE e.id = $1 AND e.state = 'FAILED' AND NOT EXISTS (
  SELECT 1 FROM "WorkflowEnrollment" o
  WHERE o."workflowId" = e."workflowId" AND o."ticketId" = e."ticketId" AND o.state = 'ACTIVE' AND o.id <> e.id)
RETURNING e.id`;

export async function reopenFailedEnrollment(
  tx: SqlTarget,
  enrollmentId: string,
  actionId: string | null,
): Promise<void> {
  const rows = await queryRows(tx, REOPEN, [enrollmentId, actionId]);
  if (rows.length === 0) {
    throw new AppError(
      "CONFLICT",
      "This workflow step cannot run again: the ticket was unenrolled from the workflow, or enrolled in it again, since it failed.",
    );
  }
}
