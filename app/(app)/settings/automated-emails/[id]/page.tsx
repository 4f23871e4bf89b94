import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { getAutomatedEmail } from "@/lib/templates/queries";
import { EmailEditor } from "@/components/automated-emails/email-editor";
import { EmailCommands } from "@/components/automated-emails/email-commands";
import { EmailKindBadges } from "@/components/automated-emails/email-kind-badges";
import { EmailUses } from "@/components/automated-emails/email-uses";
import { BackToEmails } from "@/components/automated-emails/back-to-emails";
import { ReadonlyNotice } from "@/components/shell/readonly-notice";
import { PageHeading } from "@/components/shell/page-heading";

export const metadata: Metadata = { title: "Automated email · Ticketflow" };

export default async function AutomatedEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  const found = await getAutomatedEmail(id);
  if (!found) notFound();
  const { email, uses, transactionalAddon } = found;
  const canEdit = can(user, "templates.edit");
  return (
    <div className="max-w-5xl space-y-4">
      <BackToEmails />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeading section="Automated emails" title={email.name} wide />
        {canEdit ? <EmailCommands email={email} /> : null}
      </div>
      <div className="flex flex-wrap items-start gap-x-6 gap-y-2 text-sm">
        <EmailKindBadges builtIn={email.builtIn} transactional={email.transactional} addon={transactionalAddon} />
        <div className="flex gap-2">
          <span className="text-muted-foreground">Used by:</span>
          <EmailUses uses={uses} />
        </div>
      </div>
      {canEdit ? null : <ReadonlyNotice reason={denialReason("templates.edit")} />}
      <EmailEditor key={email.version} email={email} transactionalAddon={transactionalAddon} canEdit={canEdit} />
    </div>
  );
}
