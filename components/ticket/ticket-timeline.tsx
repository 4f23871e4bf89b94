import {
  ArrowRightLeft,
  CalendarCheck,
  CircleDot,
  PlusCircle,
  RotateCcw,
  ShieldAlert,
  SkipForward,
  Workflow,
} from "lucide-react";
import { ruleLabel } from "@/lib/automation";
import type { getTicketTimeline } from "@/lib/tickets/ticket-timeline";
import { relativeTime } from "@/lib/utils/relative-time";
import { formatZonedTitle } from "@/lib/utils/zoned-time";
import { BreakableText } from "@/components/ui/breakable-text";

type Entry = Awaited<ReturnType<typeof getTicketTimeline>>[number];

const ICON: Record<string, typeof CircleDot> = {
  status_changed: ArrowRightLeft,
  close_date_set: CalendarCheck,
  reopened: RotateCcw,
  workflow_enrolled: Workflow,
  workflow_skipped: SkipForward,
  automation_skipped: SkipForward,
  loop_guard: ShieldAlert,
  ticket_created: PlusCircle,
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Events we raise ourselves read as what they are; others by their id. */
function eventOrigin(eventId: string): string {
  if (eventId.startsWith("compose:")) return "an email sent from Ticketflow";
  if (eventId.startsWith("smtp:")) return `an email received (${eventId.slice("smtp:".length)})`;
  return `event ${eventId}`;
}

/** Who or what caused it: a person, a rule, or the event (an email, an API call) behind it. */
function cause(entry: Entry): string {
  const { actor } = entry;
  const rule = entry.ruleName ? capitalised(ruleLabel(entry.ruleName)) : null;
  switch (actor.type) {
    case "user":
      return rule ? `${rule}, after ${actor.name ?? "a user"}` : (actor.name ?? "A user");
    case "automation":
      return rule ?? "Automation";
    case "event": {
      const origin = eventOrigin(actor.eventId);
      return rule ? `${rule}, on ${origin}` : capitalised(origin);
    }
    case "system":
      return "Ticketflow";
  }
}

/** Every change on the ticket, newest first, with who or which rule caused it (SPEC §7). */
export function TicketTimeline({ entries, timeZone }: { entries: Entry[]; timeZone: string }) {
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">Nothing has happened yet.</p>;
  return (
    <ol className="grid gap-3" data-testid="timeline">
      {entries.map((entry) => {
        const Icon = ICON[entry.kind] ?? CircleDot;
        return (
          <li key={entry.id} className="flex gap-2 text-sm" data-testid="timeline-entry" data-kind={entry.kind}>
            <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
            <div className="grid min-w-0 gap-0.5">
              <p className="break-words">
                <BreakableText text={entry.summary} />
              </p>
              <p className="text-xs text-muted-foreground">
                <span data-testid="timeline-cause">{cause(entry)}</span>
                {" · "}
                <time dateTime={entry.createdAt.toISOString()} title={formatZonedTitle(entry.createdAt, timeZone)}>
                  {relativeTime(entry.createdAt)}
                </time>
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
