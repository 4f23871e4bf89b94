// Settings > Jobs: every connected mailbox and how reading it goes (issue 18 item 2: an
// unreachable mailbox shows here, with its reason and next attempt, never a silent stop).
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { intakeStateLabel } from "@/lib/mailboxes/intake-state-label";
import type { listMailboxIntakes } from "@/lib/mailboxes/mailbox-view";
import { formatZoned } from "@/lib/utils/zoned-time";

type Intakes = Awaited<ReturnType<typeof listMailboxIntakes>>;

export function MailboxIntakesList({ intakes, timeZone }: { intakes: Intakes; timeZone: string }) {
  if (intakes.length === 0) return null;
  return (
    <section aria-labelledby="mailbox-intakes-heading" className="grid gap-2" data-testid="mailbox-intakes">
      <h2 id="mailbox-intakes-heading" className="text-base font-semibold">
        Connected mailboxes
      </h2>
      <ul className="grid gap-2">
        {intakes.map((intake) => {
          const state = intakeStateLabel(intake);
          return (
            <li key={intake.channelId} className="grid gap-1 rounded-md border px-4 py-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/settings/channels/${intake.channelId}`}
                  className="font-medium underline-offset-2 hover:underline"
                >
                  {intake.channel.name}
                </Link>
                <span className="text-muted-foreground">
                  {intake.imapUser} · {intake.folder}
                </span>
                <Badge variant={state.tone}>{state.label}</Badge>
              </div>
              {intake.lastError ? (
                <p className="text-destructive">
                  {intake.lastError}
                  {intake.nextAttemptAt ? ` Next attempt ${formatZoned(intake.nextAttemptAt, timeZone, true)}.` : ""}
                </p>
              ) : null}
              {intake.channel._count.mailboxSkipped > 0 ? (
                <p className="text-destructive" data-testid="mailbox-intake-skipped">
                  {intake.channel._count.mailboxSkipped === 1
                    ? "1 message was not filed"
                    : `${intake.channel._count.mailboxSkipped} messages were not filed`}{" "}
                  (too large or unreadable):{" "}
                  <Link href={`/settings/channels/${intake.channelId}`} className="underline underline-offset-2">
                    see them on the channel
                  </Link>
                  .
                </p>
              ) : null}
              {intake.importState === "requested" || intake.importState === "running" ? (
                <p className="text-muted-foreground">
                  Importing existing mail: {intake.importDone} of {intake.importTotal || "…"}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
