import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import Link from "next/link";
import { listWorkflows } from "@/lib/workflows/queries";
import { TRIGGER_LABEL } from "@/lib/workflows/trigger-label";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { can } from "@/lib/auth/policy";
import { currentPlanTier } from "@/lib/account/current-plan";
import { planAllows } from "@/lib/account/plan";
import { getAccountTimeZone } from "@/lib/account/queries";
import { ZonedTime } from "@/components/ui/zoned-time";
import { listStatusChoices } from "@/lib/workflows/editor/status-choices";
import { PlanLock } from "@/components/automate/plan-lock";
import { CreateWorkflowDialog } from "@/components/workflow/create-workflow-dialog";

export const metadata: Metadata = { title: "Workflows · Ticketflow" };

/** Columns a phone leaves out (the editor shows them); on/off moves under the name. */
const WIDE = "hidden sm:table-cell";

const OnOff = ({ enabled }: { enabled: boolean }) =>
  enabled ? <Badge variant="success">On</Badge> : <Badge variant="secondary">Off</Badge>;

export default async function WorkflowsPage() {
  const user = await requirePageUser();
  const [workflows, planTier, statuses, timeZone] = await Promise.all([
    listWorkflows(),
    currentPlanTier(),
    listStatusChoices(),
    getAccountTimeZone(),
  ]);
  const planIncludes = planAllows(planTier, "workflowEditor");
  const statusLabel = new Map(statuses.map((s) => [s.value, s.statusLabel]));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Workflows</h1>
        {planIncludes && can(user, "workflows.edit") ? <CreateWorkflowDialog statuses={statuses} /> : null}
      </div>
      {planIncludes ? null : <PlanLock feature="workflowEditor" />}
      <Table aria-label="Workflows">
        <THead>
          <TR>
            <TH>Name</TH>
            <TH className={WIDE}>Object</TH>
            <TH>Trigger</TH>
            <TH className={WIDE}>Actions</TH>
            <TH>Enrolled</TH>
            <TH className={WIDE}>Runs</TH>
            <TH className={WIDE}>Last run</TH>
            <TH className={WIDE}>Status</TH>
            <TH className={WIDE}>Last change</TH>
          </TR>
        </THead>
        <TBody>
          {workflows.map((w) => (
            <TR key={w.id}>
              <TD className="font-medium">
                <Link href={`/workflows/${w.id}`} className="text-primary underline-offset-2 hover:underline">
                  {w.name}
                </Link>
                <span className="mt-1 block sm:hidden">
                  <OnOff enabled={w.enabled} />
                </span>
              </TD>
              <TD className={WIDE}>Tickets</TD>
              <TD>
                {w.trigger === "STATUS_ENTERED" && w.statusId
                  ? `Ticket reaches “${statusLabel.get(w.statusId) ?? "—"}”`
                  : TRIGGER_LABEL[w.trigger]}
              </TD>
              <TD className={WIDE} data-testid="workflow-actions">
                {w.actions}
              </TD>
              <TD data-testid="workflow-enrolled">{w.activity.enrolled}</TD>
              <TD className={WIDE} data-testid="workflow-runs">
                {w.activity.runs}
              </TD>
              <TD className={WIDE} data-testid="workflow-last-run">
                {w.activity.lastRunAt ? <ZonedTime date={w.activity.lastRunAt} timeZone={timeZone} /> : "Never"}
              </TD>
              <TD className={WIDE}>
                <OnOff enabled={w.enabled} />
              </TD>
              <TD className={WIDE}>
                <ZonedTime date={w.updatedAt} timeZone={timeZone} />
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
