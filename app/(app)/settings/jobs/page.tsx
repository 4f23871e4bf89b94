import Link from "next/link";
import { Lock } from "lucide-react";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { listJobs, ZListJobs } from "@/lib/jobs/list-jobs";
import { JobFilterNav } from "@/components/jobs/job-filter-nav";
import { JobsTable } from "@/components/jobs/jobs-table";
import { listMailboxIntakes } from "@/lib/mailboxes/mailbox-view";
import { MailboxIntakesList } from "@/components/channels/mailbox/mailbox-intakes-list";
import { PageHeading } from "@/components/shell/page-heading";

export const metadata = { title: "Jobs · Ticketflow" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function JobsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const query = ZListJobs.parse({ state: params.state, cursor: params.cursor });
  const allowed = can(user, "jobs.view");
  const [view, account, intakes] = allowed
    ? await Promise.all([
        listJobs(user, query),
        db.account.findFirst({ select: { timeZone: true } }),
        listMailboxIntakes(),
      ])
    : [null, null, []];
  return (
    <div className="space-y-4">
      <PageHeading section="Account" title="Jobs">
        Automated side effects (emails, webhooks, workflow steps) that are waiting, being retried or have failed after
        their last attempt, newest first. A failed job can be run again.
      </PageHeading>
      {view ? (
        <>
          <MailboxIntakesList intakes={intakes} timeZone={account?.timeZone ?? "UTC"} />
          <JobFilterNav current={query.state} />
          {view.jobs.length === 0 ? (
            <p
              className="rounded-lg border border-dashed px-4 py-8 text-center text-sm text-muted-foreground"
              data-testid="jobs-empty"
            >
              No job in this state.
            </p>
          ) : (
            <JobsTable jobs={view.jobs} timeZone={account?.timeZone ?? "UTC"} canRetry={can(user, "jobs.retry")} />
          )}
          {view.nextCursor ? (
            <Link
              href={`/settings/jobs?${new URLSearchParams({ state: query.state, cursor: view.nextCursor })}`}
              className="inline-block text-sm text-primary underline-offset-2 hover:underline"
            >
              Older jobs
            </Link>
          ) : null}
        </>
      ) : (
        <p
          role="note"
          data-testid="readonly-reason"
          className="flex items-center gap-2 rounded-md border bg-muted px-3 py-2 text-sm"
        >
          <Lock aria-hidden className="size-4 shrink-0" />
          <span>You can&rsquo;t see the Jobs. {denialReason("jobs.view")}</span>
        </p>
      )}
    </div>
  );
}
