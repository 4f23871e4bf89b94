// A workflow as a revision stores it: its settings and its whole action tree.
import "server-only";
import type { ActionType, WorkflowTrigger } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db/tx";
import { groupsFromLegacyFilters } from "@/lib/automation";
import { ZEnrollmentFilter } from "../enrollment-filter-schema";

export interface WorkflowSnapshot {
  settings: {
    name: string;
    description: string;
    enabled: boolean;
    trigger: WorkflowTrigger;
    statusId: string | null;
    enrollmentFilterGroups: unknown;
    reenrollment: boolean;
    timeZone: string | null;
    unenrollOnLeave: boolean;
    /** SPEC §9 (absent in revisions written before time triggers). */
    timeTrigger?: unknown;
  };
  actions: {
    id: string;
    parentActionId: string | null;
    branchKey: string | null;
    position: number;
    type: ActionType;
    config: unknown;
  }[];
}

/**
 * A stored revision. Those written before filter groups hold `enrollmentFilters` (one AND list,
 * chat and Messenger left out by a hidden rule): they read as the groups that decide the same,
 * as the migration 20261203173207_enrollment_filter_groups turned the workflows themselves.
 */
export function storedSnapshot(stored: unknown): WorkflowSnapshot {
  const snapshot = stored as WorkflowSnapshot;
  const { enrollmentFilters, ...settings } = snapshot.settings as WorkflowSnapshot["settings"] & {
    enrollmentFilters?: unknown;
  };
  if (enrollmentFilters === undefined || settings.enrollmentFilterGroups !== undefined) return snapshot;
  const legacy = ZEnrollmentFilter.array().safeParse(enrollmentFilters);
  return {
    ...snapshot,
    settings: {
      ...settings,
      // A list that does not parse enrolled nobody; a group that does not parse still does.
      enrollmentFilterGroups: legacy.success ? groupsFromLegacyFilters(legacy.data) : [enrollmentFilters],
    },
  };
}

export async function readSnapshot(tx: Tx, workflowId: string): Promise<WorkflowSnapshot> {
  const { actions, ...settings } = await tx.workflow.findUniqueOrThrow({
    where: { id: workflowId },
    select: {
      name: true,
      description: true,
      enabled: true,
      trigger: true,
      statusId: true,
      enrollmentFilterGroups: true,
      reenrollment: true,
      timeZone: true,
      unenrollOnLeave: true,
      timeTrigger: true,
      actions: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true, parentActionId: true, branchKey: true, position: true, type: true, config: true },
      },
    },
  });
  return { settings, actions };
}

/** Parents before children, so a restore can write the rows in this order. */
export function parentsFirst(actions: WorkflowSnapshot["actions"]): WorkflowSnapshot["actions"] {
  const ids = new Set(actions.map((a) => a.id));
  const done = new Set<string>();
  const out: WorkflowSnapshot["actions"] = [];
  let pending = actions;
  while (pending.length > 0) {
    const ready = pending.filter(
      (a) => a.parentActionId === null || done.has(a.parentActionId) || !ids.has(a.parentActionId),
    );
    if (ready.length === 0) break;
    for (const a of ready) {
      out.push(a);
      done.add(a.id);
    }
    pending = pending.filter((a) => !done.has(a.id));
  }
  return out;
}
