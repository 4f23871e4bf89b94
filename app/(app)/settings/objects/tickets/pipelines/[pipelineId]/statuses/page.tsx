import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { findPipeline } from "@/lib/pipelines/queries";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

export default async function StatusesPage({ params }: { params: Promise<{ pipelineId: string }> }) {
  await requirePageUser();
  const pipeline = await findPipeline((await params).pipelineId);
  if (!pipeline) notFound();
  return (
    <Table aria-label={`Statuses of ${pipeline.name}`}>
      <THead>
        <TR>
          <TH>Order</TH>
          <TH>Ticket status</TH>
          <TH>Ticket state</TH>
        </TR>
      </THead>
      <TBody>
        {pipeline.statuses.map((s) => (
          <TR key={s.id}>
            <TD>{s.displayOrder + 1}</TD>
            <TD>{s.label}</TD>
            <TD>
              <Badge variant={s.state === "CLOSED" ? "secondary" : "outline"}>{s.state === "CLOSED" ? "Closed" : "Open"}</Badge>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
