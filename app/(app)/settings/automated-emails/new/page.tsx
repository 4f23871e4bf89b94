import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { getAccountSettings } from "@/lib/account/queries";
import { EmailEditor } from "@/components/automated-emails/email-editor";
import { BackToEmails } from "@/components/automated-emails/back-to-emails";
import { ReadonlyNotice } from "@/components/shell/readonly-notice";
import { PageHeading } from "@/components/shell/page-heading";

export const metadata: Metadata = { title: "New automated email · Ticketflow" };

export default async function NewAutomatedEmailPage() {
  const user = await requirePageUser();
  const account = await getAccountSettings();
  const canEdit = can(user, "templates.edit");
  return (
    <div className="max-w-5xl space-y-4">
      <BackToEmails />
      <PageHeading section="Automated emails" title="New email" />
      {canEdit ? (
        <EmailEditor email={null} transactionalAddon={account?.transactionalEmailAddon ?? false} canEdit />
      ) : (
        <ReadonlyNotice reason={denialReason("templates.edit")} />
      )}
    </div>
  );
}
