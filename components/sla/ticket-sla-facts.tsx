import Link from "next/link";
import { SLA_TARGET_LABEL, type SlaTargetKey } from "@/lib/sla/card-sla";
import type { TicketSlaView } from "@/lib/sla/ticket-sla-view";
import { formatZonedTitle } from "@/lib/utils/zoned-time";
import { SlaBadge } from "./sla-badge";

/** The ticket record's SLA rows (SPEC §9): each target's badge and its due time in the account's zone. */
export function slaFacts(sla: TicketSlaView, timeZone: string): [string, React.ReactNode][] {
  return (["firstReply", "close"] as SlaTargetKey[]).flatMap((target): [string, React.ReactNode][] => {
    const { status, dueAt } = sla[target];
    if (status === "none") return [];
    const dueLabel = dueAt ? formatZonedTitle(new Date(dueAt), timeZone) : null;
    return [
      [
        `SLA: ${SLA_TARGET_LABEL[target].toLowerCase()}`,
        <span key={target} className="grid gap-1" data-testid={`sla-${target}`}>
          <SlaBadge sla={{ target, status, dueAt, dueLabel }} />
          {dueLabel ? <span className="text-xs text-muted-foreground">Due {dueLabel}</span> : null}
        </span>,
      ],
    ];
  });
}

type Linked = { id: string; subject: string };

/** SPEC §9 reopen window: the ticket this one follows up, and the follow-ups opened from it. */
export function followUpFacts(followUpOf: Linked | null, followUps: Linked[]): [string, React.ReactNode][] {
  const link = (ticket: Linked) => (
    <Link key={ticket.id} href={`/tickets/${ticket.id}`} className="text-primary underline-offset-2 hover:underline">
      {ticket.subject}
    </Link>
  );
  return [
    ...(followUpOf
      ? ([
          [
            "Follow-up of",
            <span data-testid="follow-up-of" key="of">
              {link(followUpOf)}
            </span>,
          ],
        ] as [string, React.ReactNode][])
      : []),
    ...(followUps.length > 0
      ? ([
          [
            "Follow-up tickets",
            <span data-testid="follow-ups" key="ups" className="grid gap-0.5">
              {followUps.map(link)}
            </span>,
          ],
        ] as [string, React.ReactNode][])
      : []),
  ];
}
