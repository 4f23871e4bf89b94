// What the statuses tab and the pipeline actions need: each status with how many tickets and
// channels use it (the delete dialogs ask where those go), and the other pipelines' statuses.
import "server-only";
import { pipelineLimitRefusal } from "@/lib/account/plan";
import { currentPlanTier } from "@/lib/account/current-plan";
import { db } from "@/lib/db";
import { listPipelines } from "@/lib/pipeline-reads/queries";

export async function getPipelineAdminView(pipelineId: string) {
  const [pipelines, tickets, channels, planTier] = await Promise.all([
    listPipelines(),
    db.ticket.groupBy({ by: ["statusId"], where: { pipelineId }, _count: { _all: true } }),
    db.channel.groupBy({ by: ["statusId"], where: { pipelineId }, _count: { _all: true } }),
    currentPlanTier(),
  ]);
  const pipeline = pipelines.find((p) => p.id === pipelineId);
  if (!pipeline) return null;
  const count = (rows: { statusId: string | null; _count: { _all: number } }[], statusId: string) =>
    rows.find((r) => r.statusId === statusId)?._count._all ?? 0;
  const statuses = pipeline.statuses.map((s) => ({
    ...s,
    tickets: count(tickets, s.id),
    channels: count(channels, s.id),
  }));
  const sum = (key: "tickets" | "channels") => statuses.reduce((total, s) => total + s[key], 0);
  return {
    pipeline: { id: pipeline.id, name: pipeline.name, statuses },
    /** Every pipeline in display order, for the picker. */
    pipelines: pipelines.map(({ id, name }) => ({ id, name })),
    /** SPEC §6: why "Create pipeline" is refused on this plan, or null. */
    createRefusal: pipelineLimitRefusal(planTier, pipelines.length),
    usage: { tickets: sum("tickets"), channels: channels.reduce((total, r) => total + r._count._all, 0) },
    otherPipelines: pipelines
      .filter((p) => p.id !== pipelineId)
      .map((p) => ({ id: p.id, name: p.name, statuses: p.statuses })),
  };
}
export type PipelineAdminView = NonNullable<Awaited<ReturnType<typeof getPipelineAdminView>>>;
export type AdminStatus = PipelineAdminView["pipeline"]["statuses"][number];
