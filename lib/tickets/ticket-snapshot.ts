// Loads what decide() needs about one ticket in one query: the ticket, its pipeline, the
// account's time zone and the loop guard's count. With `lock`, the row is locked until the
// transaction ends, so changes to one ticket queue up instead of failing.
import "server-only";
import type { PipelineSnapshot, PlanTier, TicketSnapshot } from "@/lib/automation";
import { epochMs, fromEpochMs, oneRow, raw, sql, utc, type Sql } from "@/lib/db/sql";
import { pipelineSnapshotJson, toPipelineSnapshot, type PipelineSnapshotJson } from "@/lib/pipelines/pipeline-snapshot";
import type { BusinessHours } from "@/lib/business-hours/week";
import { businessCalendarJson, toBusinessHours, type BusinessCalendarJson } from "@/lib/sla/business-calendar";
import { ticketSlaJson, toTicketSla, type TicketSlaJson } from "@/lib/sla/ticket-sla-columns";

export interface LoadedTicket {
  ticket: TicketSnapshot;
  pipeline: PipelineSnapshot;
  timeZone: string;
  /** The account's plan (SPEC §6): the engine enforces it. */
  planTier: PlanTier;
  /** Automated status/property changes on this ticket in the hour before `now` (loop guard). */
  recentAutomationCount: number;
  /** The account's business hours, for the ticket's SLA due times. */
  calendar: BusinessHours;
}

const HOUR_MS = 3_600_000;

type Row = Omit<TicketSnapshot, "createdAt" | "reopenedAt" | "closedAt" | "sla"> & {
  createdAtMs: number;
  reopenedAtMs: number | null;
  closedAtMs: number | null;
  sla: TicketSlaJson;
  calendar: BusinessCalendarJson | null;
  recentAutomationCount: number;
  timeZone: string | null;
  planTier: PlanTier | null;
  pipeline: PipelineSnapshotJson;
};

export async function loadTicket(
  executor: Sql,
  ticketId: string,
  options: { now: Date; lock: boolean },
): Promise<LoadedTicket | null> {
  const hourAgo = new Date(options.now.getTime() - HOUR_MS);
  const row = await oneRow<Row>(
    executor,
    sql`
    SELECT t.id, t.subject, t.description, t."pipelineId", t."statusId", t.priority::text AS priority, t.source::text AS source,
      t."ownerId", t."contactId", t."originThreadId",
      to_char(t."closeDate", 'YYYY-MM-DD') AS "closeDate",
      ${epochMs(sql`t."createdAt"`)} AS "createdAtMs",
      ${epochMs(sql`t."reopenedAt"`)} AS "reopenedAtMs",
      ${epochMs(sql`t."closedAt"`)} AS "closedAtMs",
      ${ticketSlaJson("t")} AS sla,
      ${businessCalendarJson()} AS calendar,
      t."timeToCloseMs"::float8 AS "timeToCloseMs",
      t.version,
      (SELECT coalesce(json_agg(DISTINCT e."workflowId"), '[]'::json)
        FROM "WorkflowEnrollment" e WHERE e."ticketId" = t.id) AS "enrolledWorkflowIds",
      (SELECT count(*)::int FROM "TimelineEntry" x
        WHERE x."ticketId" = t.id AND x."createdAt" > ${utc(hourAgo)}
          AND x."ruleName" IS NOT NULL AND x.kind IN ('status_changed', 'property_changed')
      ) AS "recentAutomationCount",
      (SELECT a."timeZone" FROM "Account" a LIMIT 1) AS "timeZone",
      (SELECT a."planTier"::text FROM "Account" a LIMIT 1) AS "planTier",
      ${pipelineSnapshotJson(sql`t."pipelineId"`)} AS pipeline
    FROM "Ticket" t
    WHERE t.id = ${ticketId}
    ${raw(options.lock ? "FOR UPDATE OF t" : "")}`,
  );
  return row ? toLoadedTicket(row) : null;
}

function toLoadedTicket(row: Row): LoadedTicket {
  const {
    createdAtMs,
    reopenedAtMs,
    closedAtMs,
    sla,
    calendar,
    recentAutomationCount,
    timeZone,
    planTier,
    pipeline,
    ...ticket
  } = row;
  return {
    ticket: {
      ...ticket,
      createdAt: new Date(createdAtMs),
      reopenedAt: fromEpochMs(reopenedAtMs),
      closedAt: fromEpochMs(closedAtMs),
      sla: toTicketSla(sla),
    },
    calendar: toBusinessHours(calendar, timeZone ?? "UTC"),
    pipeline: toPipelineSnapshot(pipeline),
    timeZone: timeZone ?? "UTC",
    // No account row yet (a fresh database before seeding): everything on, as the account default.
    planTier: planTier ?? "ENTERPRISE",
    recentAutomationCount,
  };
}
