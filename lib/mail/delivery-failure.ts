// A deliver_email attempt that failed (the SMTP server refused, the connection was refused):
// the ticket's timeline says so on every attempt — "will be retried" while attempts remain,
// "could not be sent" on the last — then the error goes back to the queue, which schedules the
// next attempt with its backoff (lib/jobs) or fails the job.
import "server-only";
import type { ClaimedJob, JobContext } from "@/lib/jobs";
import { newId } from "@/lib/db/ids";
import { DB_NOW, queryRows } from "@/lib/jobs/sql";

interface Email {
  to: string;
  subject: string;
  messageId?: string;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function recordDeliveryFailure(job: ClaimedJob<Email>, ctx: JobContext, error: unknown): Promise<never> {
  if (job.ticketId) {
    const final = job.attempts >= job.maxAttempts;
    const attempt = `attempt ${job.attempts} of ${job.maxAttempts}`;
    const { to, subject, messageId } = job.payload;
    const summary = final
      ? `Email to ${to} could not be sent (${attempt}): ${messageOf(error)}`
      : `Email to ${to} will be retried (${attempt}): ${messageOf(error)}`;
    const detail = {
      jobType: job.type,
      to,
      subject,
      messageId,
      error: messageOf(error),
      attempt: job.attempts,
      maxAttempts: job.maxAttempts,
    };
    try {
      await queryRows(
        ctx.handle.sql,
        `
        INSERT INTO "TimelineEntry" (id, "ticketId", kind, summary, detail, "jobId", "eventId", "createdAt")
        VALUES ($7, $1, $2, $3, $4::jsonb, $5, $6, ${DB_NOW})
        RETURNING 1`,
        [
          job.ticketId,
          final ? "action_failed" : "action_retried",
          summary,
          JSON.stringify(detail),
          job.id,
          job.causeEventId,
          newId(),
        ],
      );
    } catch (recordError) {
      ctx.logger.error({ err: recordError }, "could not record an email's failed delivery on the timeline");
    }
  }
  throw error;
}
