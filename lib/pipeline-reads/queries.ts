import "server-only";
import { db } from "@/lib/db";

const statusSelect = { id: true, label: true, displayOrder: true, state: true } as const;

export function listPipelines() {
  return db.pipeline.findMany({
    orderBy: { displayOrder: "asc" },
    select: {
      id: true,
      name: true,
      displayOrder: true,
      statuses: { orderBy: { displayOrder: "asc" }, select: statusSelect },
    },
  });
}
export type PipelineWithStatuses = Awaited<ReturnType<typeof listPipelines>>[number];

export function findPipeline(id: string) {
  return db.pipeline.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      displayOrder: true,
      statuses: { orderBy: { displayOrder: "asc" }, select: statusSelect },
    },
  });
}

export async function firstPipelineId(): Promise<string | null> {
  const first = await db.pipeline.findFirst({ orderBy: { displayOrder: "asc" }, select: { id: true } });
  return first?.id ?? null;
}
