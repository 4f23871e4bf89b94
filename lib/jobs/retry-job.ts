// "Retry now" on a FAILED job: back to PENDING, attempts reset, due now, a workflow step's
// FAILED enrolment reopened, and a line on its ticket's timeline, in one transaction. The update
// is conditional on state = 'FAILED', so a second click (or another admin) is refused.
import "server-only";
import { z } from "zod";
import type { ChangeActor } from "@/lib/history/record-change";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { reopenFailedEnrollment } from "./reopen-failed-enrollment";
import { DB_NOW, queryRows } from "./sql";
import { wakeWorkers } from "./wake";
import { newId } from "@/lib/db/ids";

export const ZRetryJob = z.object({ jobId: z.string().min(1).max(100) });
export type TRetryJob = z.infer<typeof ZRetryJob>;

const RETRY = `
UPDATE "Job" SET state = 'PENDING', attempts = 0, "runAt" = ${DB_NOW}, "completedAt" = NULL,
  "lockedBy" = NULL, "lockedUntil" = NULL, "updatedAt" = ${DB_NOW}
WHERE id = $1 AND state = 'FAILED'
RETURNING id, type, "ticketId", "lastError", "enrollmentId", payload->>'actionId' AS "actionId"`;

interface RetriedRow {
  id: string;
  type: string;
  ticketId: string | null;
  lastError: string | null;
  enrollmentId: string | null;
  /** A workflow step's action (payload.actionId). */
  actionId: string | null;
}

export async function retryJob({ jobId }: TRetryJob, actor: ChangeActor) {
  const job = await db.$transaction(async (tx) => {
    const [row] = await queryRows<RetriedRow>(tx, RETRY, [jobId]);
    if (!row) throw new AppError("CONFLICT", "This job is not failed anymore — reload to see its current state.");
    if (row.enrollmentId) await reopenFailedEnrollment(tx, row.enrollmentId, row.actionId);
    if (row.ticketId) {
      await tx.timelineEntry.create({
        data: {
          id: newId(),
          ticketId: row.ticketId,
          kind: "job_retried",
          actorUserId: actor.id,
          jobId: row.id,
          summary: `Automated action "${row.type}" retried by ${actor.name}`,
          detail: { jobType: row.type, previousError: row.lastError, by: actor.id },
        },
      });
    }
    return row;
  });
  wakeWorkers();
  return { jobId: job.id, ticketId: job.ticketId };
}
