// Loads what decide() needs about one ticket in one query: the ticket, its pipeline, the
// account's time zone and the loop guard's count. With `lock`, the row is locked until the
// transaction ends, so changes to one ticket queue up instead of failing.
import "server-only";
import type { PipelineSnapshot, PlanTier, TicketSnapshot } from "@/lib/automation";
import { epochMs, fromEpochMs, oneRow, raw, rows, sql, utc, type Sql, type SqlFragment } from "@/lib/db/sql";
import {
  heldPipelines,
  pipelineColumns,
  resolvePipeline,
  type PipelineColumns,
  type PipelineGeneration,
} from "@/lib/pipelines/pipeline-snapshot";
import type { BusinessHours } from "@/lib/business-hours/week";
import { businessCalendarJson, toBusinessHours, type BusinessCalendarJson } from "@/lib/sla/business-calendar";
import { ticketSlaJson, toTicketSla, type TicketSlaJson } from "@/lib/sla/ticket-sla-columns";

/** What this process holds of the pipelines now (re-exported for statements that embed ticketSnapshotSql). */
export { heldPipelines };

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

export type TicketSnapshotRow = Omit<TicketSnapshot, "createdAt" | "reopenedAt" | "closedAt" | "sla"> &
  PipelineColumns & {
    createdAtMs: number;
    reopenedAtMs: number | null;
    closedAtMs: number | null;
    sla: TicketSlaJson;
    calendar: BusinessCalendarJson | null;
    recentAutomationCount: number;
    timeZone: string | null;
    planTier: PlanTier | null;
  };

/** The SELECT of what loadTicket reads, for the ticket whose id `ticketId` evaluates to (an
 *  expression, so a caller may lock and load it inside a statement of its own: the events
 *  endpoint's claim; or `ANY(array)`: loadTickets). `where` adds conditions; with `lock` the row is locked FOR UPDATE.
 *  The pipeline comes as JSON only when not in `held` (lib/pipelines/pipeline-snapshot.ts): resolve
 *  the rows with toLoadedTicket and the same `held`. */
export function ticketSnapshotSql(
  ticketId: SqlFragment,
  options: { now: Date; lock: boolean; where?: SqlFragment; held: PipelineGeneration },
): SqlFragment {
  const hourAgo = new Date(options.now.getTime() - HOUR_MS);
  return sql`
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
      ${pipelineColumns(sql`t."pipelineId"`, options.held)}
    FROM "Ticket" t
    WHERE t.id = ${ticketId} ${options.where ? sql`AND ${options.where}` : sql``}
    ${raw(options.lock ? "FOR UPDATE OF t" : "")}`;
}

export async function loadTicket(
  executor: Sql,
  ticketId: string,
  options: { now: Date; lock: boolean },
): Promise<LoadedTicket | null> {
  const held = heldPipelines();
  const row = await oneRow<TicketSnapshotRow>(executor, ticketSnapshotSql(sql`${ticketId}`, { ...options, held }));
  return row ? toLoadedTicket(row, held) : null;
}

/**
 * Many tickets at once (a burst of timers), by id; those that no longer exist are missing. With
 * `lock`, the rows are locked first in id order (one statement), so two such loads never wait
 * on each other in a cycle.
 */
export async function loadTickets(
  executor: Sql,
  ticketIds: readonly string[],
  options: { now: Date; lock: boolean },
): Promise<Map<string, LoadedTicket>> {
  if (ticketIds.length === 0) return new Map();
  const ids = [...new Set(ticketIds)];
  if (options.lock)
    await rows(executor, sql`SELECT id FROM "Ticket" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`);
  const held = heldPipelines();
  const found = await rows<TicketSnapshotRow>(
    executor,
    ticketSnapshotSql(sql`ANY(${ids}::text[])`, { now: options.now, lock: false, held }),
  );
  return new Map(found.map((row) => [row.id, toLoadedTicket(row, held)]));
}

/** A row of ticketSnapshotSql (as columns, or as its row_to_json) as the engine's input; `held`:
 *  what the statement was built with. */
export function toLoadedTicket(row: TicketSnapshotRow, held: PipelineGeneration): LoadedTicket {
  const {
    createdAtMs,
    reopenedAtMs,
    closedAtMs,
    sla,
    calendar,
    recentAutomationCount,
    timeZone,
    planTier,
    pipelineVersion,
    pipelineHeld,
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
    pipeline: resolvePipeline(ticket.pipelineId, { pipelineVersion, pipelineHeld, pipeline }, held),
    timeZone: timeZone ?? "UTC",
    // No account row yet (a fresh database before seeding): everything on, as the account default.
    planTier: planTier ?? "ENTERPRISE",
    recentAutomationCount,
  };
}
