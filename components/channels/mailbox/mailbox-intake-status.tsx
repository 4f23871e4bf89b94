"use client";
// How reading the connected mailbox is going (issue 18 item 2: never a silent stop), and
// "Import existing mail" with its progress.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useAccountTimeZone } from "@/components/ui/account-time-zone";
import { formatZoned } from "@/lib/utils/zoned-time";
import { runAction } from "@/components/forms/run-action";
import { importExistingMailAction } from "@/lib/mailboxes/actions";
import { intakeStateLabel, type IntakeStatus } from "@/lib/mailboxes/intake-state-label";

export function MailboxIntakeStatus({ status, canEdit }: { status: IntakeStatus; canEdit: boolean }) {
  const router = useRouter();
  const timeZone = useAccountTimeZone();
  const [busy, setBusy] = useState(false);
  const state = intakeStateLabel(status);
  const importing = status.importState === "requested" || status.importState === "running";
  // The state changes on the server (connected, failing, import progress): read it again.
  const changing = importing || status.intakeState === "connecting";
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), changing ? 3_000 : 30_000);
    return () => clearInterval(timer);
  }, [router, changing]);
  async function importExisting() {
    setBusy(true);
    const result = await runAction(
      () => importExistingMailAction({ channelId: status.channelId }),
      "Importing existing mail in the background.",
    );
    setBusy(false);
    if (result.ok) router.refresh();
  }
  return (
    <div className="grid gap-3 rounded-md border p-4 text-sm" data-testid="mailbox-intake-status">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">Intake:</span>
        <Badge variant={state.tone}>{state.label}</Badge>
        {status.lastSyncAt ? (
          <span className="text-muted-foreground">
            last checked {formatZoned(new Date(status.lastSyncAt), timeZone)}
          </span>
        ) : null}
      </div>
      {status.lastError ? (
        <p className="text-destructive" data-testid="mailbox-last-error">
          {status.lastError}
          {status.nextAttemptAt ? ` Next attempt ${formatZoned(new Date(status.nextAttemptAt), timeZone, true)}.` : ""}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-muted-foreground" data-testid="mailbox-import-progress">
          {importing
            ? `Importing existing mail: ${status.importDone} of ${status.importTotal || "…"} messages.`
            : status.importState === "done"
              ? `Existing mail imported (${status.importDone} messages).`
              : "Mail that was in the folder before it was connected is not imported."}
        </p>
        {canEdit && !importing && status.importState !== "done" ? (
          <Button type="button" variant="outline" size="sm" disabled={busy} onClick={importExisting}>
            Import existing mail
          </Button>
        ) : null}
      </div>
    </div>
  );
}
