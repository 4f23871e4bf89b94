// SPEC §1: "the first open status" = the open status with the lowest display order.
import type { PipelineSnapshot, StatusSnapshot } from "./types";

export function firstOpenStatus(pipeline: PipelineSnapshot): StatusSnapshot | null {
  let first: StatusSnapshot | null = null;
  for (const status of pipeline.statuses) {
    // Strictly lower: on a tie the status listed first wins, so the answer is stable.
    if (status.state === "OPEN" && (first === null || status.displayOrder < first.displayOrder)) {
      first = status;
    }
  }
  return first;
}

export function findStatus(pipeline: Pick<PipelineSnapshot, "statuses">, statusId: string): StatusSnapshot | null {
  return pipeline.statuses.find((s) => s.id === statusId) ?? null;
}
