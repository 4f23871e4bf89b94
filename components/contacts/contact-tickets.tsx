import Link from "next/link";
import type { ContactRecord } from "@/lib/contacts/contact-record";
import { StatusBadge } from "@/components/ticket/status-badge";
import { PriorityBadge } from "@/components/ticket/priority-badge";
import { ZonedTime } from "@/components/ui/zoned-time";

/** The contact's tickets, newest first, each linking to its record; created when, in the account's zone. */
export function ContactTickets({ tickets, timeZone }: { tickets: ContactRecord["tickets"]; timeZone: string }) {
  if (tickets.length === 0) return <p className="text-sm text-muted-foreground">No tickets.</p>;
  return (
    <ul className="grid divide-y" data-testid="contact-tickets">
      {tickets.map((t) => (
        <li
          key={t.id}
          className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 first:pt-0 last:pb-0"
          data-testid="contact-ticket"
        >
          <Link href={`/tickets/${t.id}`} className="min-w-0 flex-1 basis-48 truncate font-medium hover:underline">
            {t.subject}
          </Link>
          <StatusBadge label={t.status.label} state={t.status.state} data-testid="contact-ticket-status" />
          <PriorityBadge priority={t.priority} />
          <span className="text-xs text-muted-foreground">
            {t.pipeline.name} · <ZonedTime date={t.createdAt} timeZone={timeZone} />
          </span>
        </li>
      ))}
    </ul>
  );
}
