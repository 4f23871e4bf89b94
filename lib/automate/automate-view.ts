// Everything the Automate tab shows for one pipeline (SPEC §2–§5), in one read.
import "server-only";
import { db } from "@/lib/db";
import { listConnectedChannels } from "@/lib/channels/queries";
import { DEFAULT_AUTOMATION, toColumns, toSettings } from "./automation-settings";
import { findPipeline } from "@/lib/pipelines/queries";
import { emailTemplateNames } from "@/lib/templates/queries";

export async function getAutomateView(pipelineId: string) {
  const pipeline = await findPipeline(pipelineId);
  if (!pipeline) return null;
  const [automation, channels, workflows, account, templateNames] = await Promise.all([
    db.pipelineAutomation.findUnique({ where: { pipelineId } }),
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
    emailTemplateNames(),
  ]);
  const lanes = pipeline.statuses.map((status) => ({
    status,
    workflow: workflows.find((w) => w.statusId === status.id) ?? null,
  }));
  return {
    pipeline,
    // A pipeline without a settings row has the defaults (close date on, triggers off).
    automation: automation ?? { pipelineId, version: 0, ...toColumns(DEFAULT_AUTOMATION), updatedAt: null },
    /** The same settings in the engine's and the automation document's shape. */
    settings: toSettings(automation),
    channels,
    lanes,
    /** The bubbles name the automated email they send (built-in or custom). */
    templateNames,
    planTier: account?.planTier ?? "ENTERPRISE",
    timeZone: account?.timeZone ?? "UTC",
  };
}
export type AutomateView = NonNullable<Awaited<ReturnType<typeof getAutomateView>>>;
