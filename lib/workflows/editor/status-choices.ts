// The statuses a new workflow can enrol tickets from, labelled "Pipeline: Status".
import "server-only";
import { db } from "@/lib/db";

export async function listStatusChoices() {
  const statuses = await db.pipelineStatus.findMany({
    orderBy: [{ pipeline: { displayOrder: "asc" } }, { displayOrder: "asc" }],
    select: { id: true, label: true, pipelineId: true, pipeline: { select: { name: true } } },
  });
  return statuses.map((s) => ({
    value: s.id,
    label: `${s.pipeline.name}: ${s.label}`,
    pipelineId: s.pipelineId,
    statusLabel: s.label,
  }));
}
export type StatusChoice = Awaited<ReturnType<typeof listStatusChoices>>[number];
