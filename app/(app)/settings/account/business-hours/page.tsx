import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { ACCOUNT_SCOPE } from "@/lib/account/update-account";
import { readBusinessHours } from "@/lib/business-hours/queries";
import { listChanges } from "@/lib/history/list-changes";
import { BusinessHoursForm } from "@/components/business-hours/business-hours-form";
import { HistoryDrawer } from "@/components/history/history-drawer";
import { ReadonlyNotice } from "@/components/shell/readonly-notice";
import { PageHeading } from "@/components/shell/page-heading";

export const metadata: Metadata = { title: "Business hours · Ticketflow" };

export default async function BusinessHoursPage() {
  const user = await requirePageUser();
  const [hours, history] = await Promise.all([readBusinessHours(), listChanges(ACCOUNT_SCOPE, user)]);
  const canEdit = can(user, "account.edit");
  return (
    <div className="max-w-2xl space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeading section="Account" title="Business hours" wide>
          SLA targets counted in business hours and time triggers use this calendar.
        </PageHeading>
        <HistoryDrawer
          changes={history}
          names={{}}
          timeZone={hours.timeZone}
          description="Changes to the account settings and business hours, newest first."
        />
      </div>
      {canEdit ? null : <ReadonlyNotice reason={denialReason("account.edit")} />}
      <BusinessHoursForm key={hours.version} hours={hours} canEdit={canEdit} />
    </div>
  );
}
