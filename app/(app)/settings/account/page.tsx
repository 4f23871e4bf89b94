import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { getAccountSettings } from "@/lib/account/queries";
import { ACCOUNT_SCOPE } from "@/lib/account/update-account";
import { listChanges } from "@/lib/history/list-changes";
import { AccountForm } from "@/components/account/account-form";
import { HistoryDrawer } from "@/components/history/history-drawer";
import { ReadonlyNotice } from "@/components/shell/readonly-notice";
import { PageHeading } from "@/components/shell/page-heading";

export const metadata: Metadata = { title: "Account defaults · Ticketflow" };

export default async function AccountPage() {
  const user = await requirePageUser();
  const [account, history] = await Promise.all([getAccountSettings(), listChanges(ACCOUNT_SCOPE, user)]);
  if (!account) return <p className="text-muted-foreground">The account is not set up yet.</p>;
  const canEdit = can(user, "account.edit");
  return (
    <div className="max-w-2xl space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeading section="Account" title="Account defaults" wide />
        <HistoryDrawer
          changes={history}
          names={{}}
          timeZone={account.timeZone}
          description="Changes to the account settings, newest first."
        />
      </div>
      {canEdit ? null : <ReadonlyNotice reason={denialReason("account.edit")} />}
      <AccountForm key={account.version} account={account} canEdit={canEdit} />
    </div>
  );
}
