// Everything the Automate tab shows for one pipeline (SPEC §2–§5), in one read.
import "server-only";
import { db } from "@/lib/db";
import { listConnectedChannels } from "@/lib/channels/queries";
import { readAutomationRow } from "./automation-settings";
import { findPipeline } from "@/lib/pipeline-reads/queries";
import { readPipelineSla } from "@/lib/sla/pipeline-sla-json";
import { readActionNames } from "@/lib/workflows/action-names";
import type { Actor } from "@/lib/auth/policy";
import { storedActionsFor } from "@/lib/webhooks/visibility";

/** As `viewer` may see it: an agent's lanes have no webhook URLs (lib/webhooks/visibility.ts). */
export async function getAutomateView(pipelineId: string, viewer: Actor) {
  const pipeline = await findPipeline(pipelineId);
  if (!pipeline) return null;
  const [automation, sla, channels, workflows, account, actionNames] = await Promise.all([
    readAutomationRow(db, pipelineId),
    readPipelineSla(pipelineId),
    listConnectedChannels(pipelineId),
    db.workflow.findMany({
      where: { pipelineId, kind: "STATUS_ACTIONS" },
      select: {
        id: true,
        statusId: true,
        name: true,
        enabled: true,
        version: true,
        actions: {
          where: { parentActionId: null },
          orderBy: { position: "asc" },
          select: { id: true, type: true, config: true, position: true, _count: { select: { comments: true } } },
        },
      },
    }),
    db.account.findFirst({ select: { planTier: true, timeZone: true } }),
    readActionNames(),
  ]);
  const lanes = pipeline.statuses.map((status) => ({
    status,
    workflow: visibleWorkflow(
      viewer,
      workflows.find((w) => w.statusId === status.id),
    ),
  }));
  return {
    pipeline,
    /** The version every save sends back (0: no settings row yet, the defaults apply). */
    version: automation.version,
    /** The settings in the engine's and the automation document's shape. */
    settings: automation.settings,
    /** SPEC §9: the pipeline's SLA targets. */
    sla,
    /** Each email trigger's workflow (View workflow). */
    triggerWorkflowIds: automation.workflowIds,
    channels,
    lanes,
    /** The bubbles name the automated email (built-in or custom), people, teams and statuses they point at. */
    actionNames,
    planTier: account?.planTier ?? "ENTERPRISE",
    timeZone: account?.timeZone ?? "UTC",
  };
}
export type AutomateView = NonNullable<Awaited<ReturnType<typeof getAutomateView>>>;

function visibleWorkflow<T extends { actions: Parameters<typeof storedActionsFor>[1] }>(viewer: Actor, workflow?: T) {
  return workflow ? { ...workflow, actions: storedActionsFor(viewer, workflow.actions) } : null;
}
