import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listContacts } from "@/lib/contacts/queries";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

export const metadata: Metadata = { title: "Contacts · Ticketflow" };

export default async function ContactsPage() {
  await requirePageUser();
  const contacts = await listContacts();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Contacts</h1>
      <Table aria-label="Contacts">
        <THead>
          <TR>
            <TH>Name</TH>
            <TH>Email</TH>
            <TH>Marketing contact</TH>
            <TH>Tickets</TH>
          </TR>
        </THead>
        <TBody>
          {contacts.map((c) => (
            <TR key={c.id}>
              <TD className="font-medium">
                <Link href={`/contacts/${c.id}`} className="hover:underline">
                  {c.name ?? c.email}
                </Link>
              </TD>
              <TD>{c.email}</TD>
              <TD>
                {c.marketingContact ? (
                  <Badge variant="success">Marketing</Badge>
                ) : (
                  <span className="text-muted-foreground">No</span>
                )}
              </TD>
              <TD>{c._count.tickets}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
