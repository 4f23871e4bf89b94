// A pipeline as the automation engine sees it (statuses, §3/§4 settings, the workflows that
// enrol on reaching a status, and the custom workflows that enrol on an event trigger),
// read as one JSON value inside whatever query needs it, so loading a ticket with its
// pipeline is a single round trip.
import "server-only";
import type {
  PipelineSnapshot,
  StatusSnapshot,
  StatusWorkflowSnapshot,
  TimeTrigger,
  TriggerWorkflowSnapshot,
  WorkflowSnapshot,
} from "@/lib/automation";
import { NO_PIPELINE_RULES } from "@/lib/automation";
import { sql, type SqlFragment } from "@/lib/db/sql";
import { pipelineRulesJson } from "@/lib/pipeline-reads/pipeline-rules-json";
import { NO_SLA } from "@/lib/automation";
import { pipelineSlaJson } from "@/lib/sla/pipeline-sla-json";
import { parseEnrollmentFilterGroups } from "@/lib/workflows/enrollment-filter-schema";
import { parseTimeTrigger } from "@/lib/workflows/time-trigger-schema";

/** An email trigger's on/off: its workflow's `enabled` (the one switch; no row reads as off). */
const triggerEnabled = (kind: "EMAIL_SENT_TRIGGER" | "CUSTOMER_REPLY_TRIGGER") =>
  sql`COALESCE((SELECT t.enabled FROM "Workflow" t WHERE t."pipelineId" = p.id AND t.kind = ${kind}::"WorkflowKind"), false)`;

/** A scalar subquery: the pipeline whose id is `pipelineId` (an SQL expression), as JSON, or null. */
export function pipelineSnapshotJson(pipelineId: SqlFragment): SqlFragment {
  return sql`(
    SELECT json_build_object(
      'id', p.id, 'name', p.name,
      'statuses', (SELECT coalesce(json_agg(json_build_object(
          'id', s.id, 'label', s.label, 'displayOrder', s."displayOrder", 'state', s.state
        ) ORDER BY s."displayOrder"), '[]'::json)
        FROM "PipelineStatus" s WHERE s."pipelineId" = p.id),
      'automation', (SELECT json_build_object(
          'closeDateAutomation', a."closeDateAutomation",
          'emailSentTrigger', json_build_object('enabled', ${triggerEnabled("EMAIL_SENT_TRIGGER")}, 'statusId', a."emailSentTriggerStatusId"),
          'customerReplyTrigger', json_build_object('enabled', ${triggerEnabled("CUSTOMER_REPLY_TRIGGER")}, 'statusId', a."customerReplyTriggerStatusId"),
          'reopenWindowDays', a."reopenWindowDays")
        FROM "PipelineAutomation" a WHERE a."pipelineId" = p.id),
      'sla', ${pipelineSlaJson(sql`p.id`)},
      'rules', ${pipelineRulesJson(sql`p.id`)},
      'statusWorkflows', (SELECT coalesce(json_agg(json_build_object(
          'workflowId', w.id, 'statusId', w."statusId", 'name', w.name, 'enabled', w.enabled,
          'enrollmentFilterGroups', w."enrollmentFilterGroups", 'reenrollment', w.reenrollment,
          'hasActions', EXISTS (SELECT 1 FROM "WorkflowAction" wa WHERE wa."workflowId" = w.id)
        ) ORDER BY w."createdAt"), '[]'::json)
        FROM "Workflow" w
        WHERE w."pipelineId" = p.id AND w.trigger = 'STATUS_ENTERED' AND w."statusId" IS NOT NULL),
      'triggerWorkflows', (SELECT coalesce(json_agg(json_build_object(
          'workflowId', w.id, 'trigger', w.trigger, 'name', w.name, 'enabled', w.enabled,
          'enrollmentFilterGroups', w."enrollmentFilterGroups", 'reenrollment', w.reenrollment,
          'hasActions', EXISTS (SELECT 1 FROM "WorkflowAction" wa WHERE wa."workflowId" = w.id)
        ) ORDER BY w."createdAt"), '[]'::json)
        FROM "Workflow" w
        WHERE w."pipelineId" = p.id AND w.kind = 'CUSTOM'
          AND w.trigger IN ('TICKET_CREATED', 'EMAIL_SENT_FROM_TICKET', 'CUSTOMER_REPLY')),
      'timeWorkflows', (SELECT coalesce(json_agg(json_build_object(
          'workflowId', w.id, 'trigger', w.trigger, 'name', w.name, 'enabled', w.enabled,
          'enrollmentFilterGroups', w."enrollmentFilterGroups", 'reenrollment', w.reenrollment, 'timeTrigger', w."timeTrigger",
          'hasActions', EXISTS (SELECT 1 FROM "WorkflowAction" wa WHERE wa."workflowId" = w.id)
        ) ORDER BY w."createdAt"), '[]'::json)
        FROM "Workflow" w
        WHERE w."pipelineId" = p.id AND w.kind = 'CUSTOM'
          AND w.trigger IN ('STATUS_DURATION', 'SLA_DUE_SOON', 'SLA_OVERDUE')))
    FROM "Pipeline" p WHERE p.id = ${pipelineId})`;
}

export interface PipelineSnapshotJson {
  id: string;
  name: string;
  statuses: StatusSnapshot[];
  /** null when the pipeline has no settings row yet. */
  automation: PipelineSnapshot["automation"] | null;
  /** null when the pipeline has no rules row. */
  rules: PipelineSnapshot["rules"] | null;
  /** null when the pipeline has no SLA row. */
  sla: PipelineSnapshot["sla"] | null;
  statusWorkflows: Stored<StatusWorkflowSnapshot>[];
  triggerWorkflows: Stored<TriggerWorkflowSnapshot>[];
  timeWorkflows: (Stored<WorkflowSnapshot> & { trigger: TimeTrigger; timeTrigger: unknown })[];
}

/** A workflow as the JSON holds it: its filter groups not yet parsed. */
type Stored<W extends WorkflowSnapshot> = Omit<W, "enrollmentFilterGroups"> & { enrollmentFilterGroups: unknown };

function parsed<W extends Stored<WorkflowSnapshot>>(workflow: W): Omit<W, "enrollmentFilterGroups"> & WorkflowSnapshot {
  return { ...workflow, enrollmentFilterGroups: parseEnrollmentFilterGroups(workflow.enrollmentFilterGroups) };
}

/** A pipeline without a settings row has the defaults: close date on, both triggers off. */
const DEFAULT_AUTOMATION: PipelineSnapshot["automation"] = {
  closeDateAutomation: true,
  emailSentTrigger: { enabled: false, statusId: null },
  customerReplyTrigger: { enabled: false, statusId: null },
  reopenWindowDays: null,
};

export function toPipelineSnapshot(json: PipelineSnapshotJson): PipelineSnapshot {
  return {
    id: json.id,
    name: json.name,
    statuses: json.statuses,
    automation: json.automation ?? DEFAULT_AUTOMATION,
    rules: json.rules ?? NO_PIPELINE_RULES,
    sla: json.sla ?? NO_SLA,
    statusWorkflows: json.statusWorkflows.map(parsed),
    triggerWorkflows: json.triggerWorkflows.map(parsed),
    timeWorkflows: json.timeWorkflows.map(({ timeTrigger, ...w }) => ({
      ...parsed(w),
      ...parseTimeTrigger(w.trigger, timeTrigger),
    })),
  };
}

// ── Held per configuration version ──
// Pipeline snapshots kept per process while the pipelines' configuration version stays the same
// (the PipelineConfigVersion row: a new random value in the same transaction as any change to a
// pipeline, its statuses, settings, rules, SLA, workflows or their actions — database triggers,
// so every way of editing them is covered). A statement that loads a ticket names the version and
// pipelines this process holds; the database builds the pipeline's JSON only when its version
// differs or the pipeline is not held (bench/PROFILE.md: the JSON was the largest part of the
// events endpoint's claiming statement). The version is read in the same statement as the ticket,
// so the snapshot used is the one that statement's own read would have produced.

/** The snapshots read at one version. */
export interface PipelineGeneration {
  readonly version: string;
  readonly byId: Map<string, PipelineSnapshot>;
}

const KEY = Symbol.for("ticketflow.pipelineSnapshots");
const holder = globalThis as unknown as { [KEY]?: PipelineGeneration };

/** What this process holds now: capture it when building a statement, resolve its rows with it. */
export function heldPipelines(): PipelineGeneration {
  holder[KEY] ??= { version: "", byId: new Map() };
  return holder[KEY];
}

const CURRENT_VERSION = sql`(SELECT v.version FROM "PipelineConfigVersion" v WHERE v.id = 'all')`;

/** Columns "pipelineVersion", "pipelineHeld" and "pipeline" (null when held) for `pipelineId`. */
export function pipelineColumns(pipelineId: SqlFragment, held: PipelineGeneration): SqlFragment {
  const isHeld = sql`(${CURRENT_VERSION} = ${held.version} AND ${pipelineId} = ANY(${[...held.byId.keys()]}::text[]))`;
  return sql`${CURRENT_VERSION} AS "pipelineVersion", ${isHeld} AS "pipelineHeld",
    CASE WHEN ${isHeld} THEN NULL ELSE ${pipelineSnapshotJson(pipelineId)} END AS pipeline`;
}

export interface PipelineColumns {
  pipelineVersion: string | null;
  pipelineHeld: boolean | null;
  pipeline: PipelineSnapshotJson | null;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The row's pipeline: the held one, or the one it carries (then held for the next statements). */
export function resolvePipeline(pipelineId: string, row: PipelineColumns, held: PipelineGeneration): PipelineSnapshot {
  if (row.pipelineHeld) {
    const snapshot = held.byId.get(pipelineId);
    if (!snapshot) throw new Error(`Pipeline ${pipelineId} was reported held but is not`);
    return snapshot;
  }
  // Shared by every later request: frozen, so no caller can change what another one reads.
  const snapshot = deepFreeze(toPipelineSnapshot(row.pipeline!));
  if (row.pipelineVersion) {
    const current = heldPipelines();
    if (current.version === row.pipelineVersion) current.byId.set(pipelineId, snapshot);
    else holder[KEY] = { version: row.pipelineVersion, byId: new Map([[pipelineId, snapshot]]) };
  }
  return snapshot;
}
