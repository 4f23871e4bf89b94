import "server-only";
import { db } from "@/lib/db";

export function listWorkflows() {
  return db.workflow.findMany({
    orderBy: [{ pipeline: { displayOrder: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      trigger: true,
      statusId: true,
      enabled: true,
      updatedAt: true,
      pipeline: { select: { name: true } },
      _count: { select: { actions: true, enrollments: { where: { state: "ACTIVE" } } } },
    },
  });
}
