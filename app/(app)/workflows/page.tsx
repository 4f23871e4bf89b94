import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import Link from "next/link";
import { listWorkflows } from "@/lib/workflows/queries";
import { TRIGGER_LABEL } from "@/lib/workflows/trigger-label";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

export const metadata: Metadata = { title: "Workflows · Ticketflow" };

export default async function WorkflowsPage() {
  await requirePageUser();
  const workflows = await listWorkflows();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Workflows</h1>
      <Table aria-label="Workflows">
        <THead>
          <TR>
            <TH>Name</TH>
            <TH>Object</TH>
            <TH>Trigger</TH>
            <TH>Actions</TH>
            <TH>Enrolled</TH>
            <TH>Status</TH>
            <TH>Last change</TH>
          </TR>
        </THead>
        <TBody>
          {workflows.map((w) => (
            <TR key={w.id}>
              <TD className="font-medium">
                <Link href={`/workflows/${w.id}`} className="text-primary underline-offset-2 hover:underline">{w.name}</Link>
              </TD>
              <TD>Tickets</TD>
              <TD>{TRIGGER_LABEL[w.trigger]}</TD>
              <TD>{w._count.actions}</TD>
              <TD>{w._count.enrollments}</TD>
              <TD>{w.enabled ? <Badge variant="success">On</Badge> : <Badge variant="secondary">Off</Badge>}</TD>
              <TD>{w.updatedAt.toISOString().slice(0, 10)}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
