import { Lock } from "lucide-react";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { getApiKeysView } from "@/lib/api-keys/list-api-keys";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyDialog } from "@/components/api-keys/create-api-key-dialog";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/api-keys/actions";
import { PageHeading } from "@/components/shell/page-heading";

export const metadata = { title: "API keys · Ticketflow" };

export default async function ApiKeysPage() {
  const user = await requirePageUser();
  const manage = can(user, "apiKeys.manage");
  const view = manage ? await getApiKeysView(user) : null;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeading section="Account" title="API keys">
          Other systems call the Ticketflow API with a key in the{" "}
          <code className="font-mono text-xs">Authorization: Bearer</code> header. A key acts as the user who created
          it, with that user&rsquo;s current role.
        </PageHeading>
        {manage ? <CreateApiKeyDialog createAction={createApiKeyAction} /> : null}
      </div>
      {view ? (
        <ApiKeysTable
          keys={view.keys}
          timeZone={view.timeZone}
          currentUserId={user.id}
          revokeAction={revokeApiKeyAction}
        />
      ) : (
        <p
          role="note"
          data-testid="readonly-reason"
          className="flex items-center gap-2 rounded-md border bg-muted px-3 py-2 text-sm"
        >
          <Lock aria-hidden className="size-4 shrink-0" />
          <span>You can&rsquo;t see or create API keys. {denialReason("apiKeys.manage")}</span>
        </p>
      )}
    </div>
  );
}
