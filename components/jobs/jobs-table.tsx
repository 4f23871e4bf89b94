// Settings > Jobs: one row per job. On a phone only the job column shows, with its state,
// attempts, ticket and times stacked under it (the Workflows list's pattern); the other
// columns appear from sm/md up.
import { BreakableText } from "@/components/ui/breakable-text";
import Link from "next/link";
import type { JobRow } from "@/lib/jobs/list-jobs";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { ZonedTime } from "@/components/ui/zoned-time";
import { RetryJobButton } from "./retry-job-button";

const WIDE = "hidden sm:table-cell";

function stateLabel(job: JobRow): string {
  if (job.state === "PENDING" && job.attempts > 0) return "Retrying";
  return job.state.charAt(0) + job.state.slice(1).toLowerCase();
}

function TicketLink({ job }: { job: JobRow }) {
  if (!job.ticketId) return <span className="text-muted-foreground">—</span>;
  return (
    <Link href={`/tickets/${job.ticketId}`} className="text-primary underline-offset-2 hover:underline">
      {job.ticketSubject ?? job.ticketId}
    </Link>
  );
}

export function JobsTable({ jobs, timeZone, canRetry }: { jobs: JobRow[]; timeZone: string; canRetry: boolean }) {
  return (
    <Table aria-label="Jobs" data-testid="jobs-table">
      <THead>
        <TR>
          <TH>Job</TH>
          <TH className={WIDE}>State</TH>
          <TH className={WIDE}>Attempts</TH>
          <TH className="hidden md:table-cell">Ticket</TH>
          <TH className="hidden md:table-cell">Next run</TH>
          <TH className="hidden md:table-cell">Created</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {jobs.map((job) => (
          <TR key={job.id} data-testid="job-row" data-job-id={job.id}>
            <TD className="max-w-80 align-top break-words">
              <span className="font-medium">{job.type}</span>
              {job.lastError ? (
                <span className="mt-1 block text-xs text-destructive" data-testid="job-error">
                  <BreakableText text={job.lastError} />
                </span>
              ) : null}
              <span className="mt-1 block text-xs text-muted-foreground sm:hidden" data-testid="job-row-stacked">
                {stateLabel(job)} · {job.attempts}/{job.maxAttempts} attempts
              </span>
              <span className="mt-1 block text-xs md:hidden">
                <TicketLink job={job} /> ·{" "}
                <span className="text-muted-foreground">
                  created <ZonedTime date={job.createdAt} timeZone={timeZone} />
                </span>
              </span>
            </TD>
            <TD className={`${WIDE} align-top`}>
              <Badge variant={job.state === "FAILED" ? "destructive" : "secondary"}>{stateLabel(job)}</Badge>
            </TD>
            <TD className={`${WIDE} align-top tabular-nums`}>
              {job.attempts}/{job.maxAttempts}
            </TD>
            <TD className="hidden max-w-56 truncate align-top md:table-cell">
              <TicketLink job={job} />
            </TD>
            <TD className="hidden whitespace-nowrap align-top text-muted-foreground md:table-cell">
              {job.state === "PENDING" ? <ZonedTime date={job.runAt} timeZone={timeZone} /> : "—"}
            </TD>
            <TD className="hidden whitespace-nowrap align-top text-muted-foreground md:table-cell">
              <ZonedTime date={job.createdAt} timeZone={timeZone} />
            </TD>
            <TD className="align-top">
              {canRetry && job.state === "FAILED" ? <RetryJobButton jobId={job.id} label={job.type} /> : null}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
