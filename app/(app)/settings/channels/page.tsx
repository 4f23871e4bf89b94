import Link from "next/link";
import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listChannels } from "@/lib/channels/queries";
import { CHANNEL_TYPE_LABEL } from "@/lib/channels/schemas";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { PageHeading } from "@/components/shell/page-heading";

export const metadata: Metadata = { title: "Channels · Ticketflow" };

/** SPEC §2: every connected channel and whether (and where) it creates tickets. */
export default async function ChannelsPage() {
  await requirePageUser();
  const channels = await listChannels();
  return (
    <div className="space-y-4">
      <PageHeading section="Inbox" title="Channels">
        A channel can create a ticket for every new conversation, in the pipeline and status you choose.
      </PageHeading>
      <Table aria-label="Channels">
        <THead>
          <TR>
            <TH>Channel</TH>
            <TH className="hidden sm:table-cell">Type</TH>
            <TH>Ticket creation</TH>
            <TH className="hidden md:table-cell">Creates tickets in</TH>
          </TR>
        </THead>
        <TBody>
          {channels.map((c) => (
            <TR key={c.id}>
              <TD>
                <Link
                  href={`/settings/channels/${c.id}`}
                  className="font-medium text-primary underline-offset-2 hover:underline"
                >
                  {c.name}
                </Link>
                <div className="text-xs text-muted-foreground sm:hidden">{CHANNEL_TYPE_LABEL[c.type]}</div>
              </TD>
              <TD className="hidden sm:table-cell">{CHANNEL_TYPE_LABEL[c.type]}</TD>
              <TD>{c.createsTickets ? <Badge variant="success">On</Badge> : <Badge variant="secondary">Off</Badge>}</TD>
              <TD className="hidden md:table-cell">
                {c.pipeline ? `${c.pipeline.name} › ${c.status?.label ?? "—"}` : "—"}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
