// What one transaction will write: rows and the jobs that start workflows (one statement), and
// the parts that must each have written exactly one row (the guarded ticket UPDATE). Ticket changes, new conversations and events build these and
// combine them, so everything an event causes commits together or not at all.
import "server-only";
import type { Sql } from "@/lib/db/sql";
import { runWrites, type WritePart } from "@/lib/db/write-batch";
import type { AppError } from "@/lib/errors";
import { workflowStartParts, type WorkflowStart } from "./workflow-jobs";

export interface WritePlan {
  writes: WritePart[];
  workflowStarts: WorkflowStart[];
  mustWriteOne: { part: string; error: () => AppError }[];
}

export const EMPTY_PLAN: WritePlan = { writes: [], workflowStarts: [], mustWriteOne: [] };

export function combinePlans(...plans: Partial<WritePlan>[]): WritePlan {
  return {
    writes: plans.flatMap((p) => p.writes ?? []),
    workflowStarts: plans.flatMap((p) => p.workflowStarts ?? []),
    mustWriteOne: plans.flatMap((p) => p.mustWriteOne ?? []),
  };
}

export async function commitWritePlan(executor: Sql, plan: WritePlan): Promise<void> {
  // The workflows' start jobs ride in the same statement (a foreign key to an enrolment
  // inserted beside them is checked at its end): one round trip for the whole change.
  const counts = await runWrites(executor, [...plan.writes, ...workflowStartParts(plan.workflowStarts)]);
  for (const { part, error } of plan.mustWriteOne) {
    if (counts[part] !== 1) throw error();
  }
}
