import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listRecentTickets } from "@/lib/tickets/queries";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

export const metadata: Metadata = { title: "Tickets · Ticketflow" };

export default async function TicketsPage() {
  await requirePageUser();
  const tickets = await listRecentTickets();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Tickets</h1>
      <Table aria-label="Tickets">
        <THead>
          <TR>
            <TH>Subject</TH>
            <TH>Status</TH>
            <TH>Contact</TH>
            <TH>Priority</TH>
            <TH>Owner</TH>
            <TH>Created</TH>
          </TR>
        </THead>
        <TBody>
          {tickets.map((t) => (
            <TR key={t.id}>
              <TD className="font-medium">{t.subject}</TD>
              <TD>
                <Badge variant={t.status.state === "CLOSED" ? "secondary" : "outline"}>{t.status.label}</Badge>
              </TD>
              <TD>{t.contact?.name ?? "—"}</TD>
              <TD className="capitalize">{t.priority.toLowerCase()}</TD>
              <TD>{t.owner?.name ?? "Unassigned"}</TD>
              <TD>{t.createdAt.toISOString().slice(0, 10)}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
