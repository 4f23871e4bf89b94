import type { Metadata } from "next";
import Link from "next/link";
import { Plus } from "lucide-react";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { EMAILS_SCOPE } from "@/lib/templates/email-history";
import { getAutomatedEmailsPage } from "@/lib/templates/queries";
import { listChanges } from "@/lib/history/list-changes";
import { EmailsTable } from "@/components/automated-emails/emails-table";
import { HistoryDrawer } from "@/components/history/history-drawer";
import { ReadonlyNotice } from "@/components/shell/readonly-notice";
import { PageHeading } from "@/components/shell/page-heading";
import { buttonVariants } from "@/components/ui/button";

export const metadata: Metadata = { title: "Automated emails · Ticketflow" };

export default async function AutomatedEmailsPage() {
  const user = await requirePageUser();
  const [page, history] = await Promise.all([getAutomatedEmailsPage(), listChanges(EMAILS_SCOPE, user)]);
  const canEdit = can(user, "templates.edit");
  const names = Object.fromEntries(page.emails.map((e) => [e.id, e.name]));
  return (
    <div className="max-w-4xl space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeading section="Email" title="Automated emails">
          What a Send email action sends to the ticket&rsquo;s contact. Transactional emails go to every contact;
          marketing emails only to marketing contacts.
        </PageHeading>
        <div className="flex gap-2">
          <HistoryDrawer
            changes={history}
            names={names}
            timeZone={page.timeZone}
            description="Changes to the automated emails, newest first."
          />
          {canEdit ? (
            <Link href="/settings/automated-emails/new" className={buttonVariants({ size: "sm" })}>
              <Plus aria-hidden /> Create email
            </Link>
          ) : null}
        </div>
      </div>
      {canEdit ? null : <ReadonlyNotice reason={denialReason("templates.edit")} />}
      <EmailsTable emails={page.emails} addon={page.transactionalAddon} />
    </div>
  );
}
