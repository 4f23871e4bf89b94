import type { TicketRecord } from "@/lib/tickets/ticket-record";
import { ZonedTime } from "@/components/ui/zoned-time";
import { followUpFacts, slaFacts } from "@/components/sla/ticket-sla-facts";

const SET_BY: Record<string, string> = {
  automation: "Set by close-date automation",
  user: "Set by a user",
  api: "Set through the API",
};

function duration(ms: number): string {
  const hours = ms / 3_600_000;
  return hours < 48 ? `${Math.round(hours * 10) / 10} h` : `${Math.round(hours / 24)} days`;
}

/** The read-only properties: close date (and how it was set), source, dates, time to close, SLA, follow-up links. */
export function TicketFacts({ ticket, timeZone }: { ticket: TicketRecord; timeZone: string }) {
  const facts: [string, React.ReactNode, string?][] = [
    [
      "Close date",
      ticket.closeDate ? (
        <span className="grid">
          <span data-testid="close-date">{ticket.closeDate}</span>
          <span className="text-xs text-muted-foreground" data-testid="close-date-set-by">
            {SET_BY[ticket.closeDateSetBy ?? ""] ?? "Set before Ticketflow recorded how"}
          </span>
        </span>
      ) : (
        <span data-testid="close-date">—</span>
      ),
    ],
    ["Source", ticket.source.charAt(0) + ticket.source.slice(1).toLowerCase().replace("_", " ")],
    ["Created", <ZonedTime key="created" date={ticket.createdAt} timeZone={timeZone} />],
    ["Last status change", <ZonedTime key="last-status-change" date={ticket.lastStatusChangeAt} timeZone={timeZone} />],
    ["Time to close", ticket.timeToCloseMs === null ? "—" : duration(ticket.timeToCloseMs)],
    ...slaFacts(ticket.sla, timeZone),
    ...followUpFacts(ticket.followUpOf, ticket.followUps),
  ];
  return (
    <dl className="grid gap-3 text-sm">
      {facts.map(([term, value]) => (
        <div key={term} className="grid gap-0.5">
          <dt className="text-xs font-medium text-muted-foreground">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
