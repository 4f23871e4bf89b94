// apply(), part one: the effects of a decision as rows. The ticket row takes the projected
// values (projectTicket is the reference apply agrees with); timeline entries and enrolments
// become inserts. All parts run as one statement (lib/db/write-batch.ts).
import "server-only";
import type { Effect, TicketSnapshot, TimelineEntryDraft } from "@/lib/automation";
import { newId } from "@/lib/db/ids";
import { sql, utc, type SqlFragment } from "@/lib/db/sql";
import type { WritePart } from "@/lib/db/write-batch";
import { cancelStatusTimersPart, timerRowsOf } from "./timer-writes";
import type { BusinessHours } from "@/lib/business-hours/week";
import { slaDueTimes } from "@/lib/sla/sla-due-times";
import { slaSetClause } from "@/lib/sla/ticket-sla-columns";
import { workflowStarts, type Enrollment } from "./workflow-jobs";
import type { WriteBatch } from "./write-batch";

export const TICKET_UPDATE = "ticket_update";

function changesTicket(before: TicketSnapshot, after: TicketSnapshot): boolean {
  return after.version !== before.version;
}

/** The new value, or the column as it is: a status move does not send the description back. */
function unlessSame(value: string | null, before: string | null, column: SqlFragment): string | null | SqlFragment {
  return value === before ? column : value;
}

/** How the close date was set, if these effects set it: by §3 or a workflow, or by hand. */
function closeDateSetByOf(effects: readonly Effect[]): "automation" | "user" | null {
  let setBy: "automation" | "user" | null = null;
  for (const e of effects) {
    if (e.type === "set_close_date") setBy = "automation";
    if (e.type === "set_property" && e.change.property === "closeDate") setBy = e.ruleName ? "automation" : "user";
  }
  return setBy;
}

/** The guarded UPDATE: it matches no row if someone else changed the ticket since it was read. */
/** SPEC §9: the SLA columns, with their due times, when these effects changed the clocks. */
function slaUpdate(after: TicketSnapshot, effects: readonly Effect[], calendar: BusinessHours): SqlFragment {
  if (!effects.some((e) => e.type === "set_sla")) return sql``;
  return sql`${slaSetClause(after.sla, slaDueTimes(after.sla, after.createdAt, calendar))},`;
}

export function ticketUpdatePart(
  before: TicketSnapshot,
  after: TicketSnapshot,
  effects: readonly Effect[],
  now: Date,
  calendar: BusinessHours,
): WritePart[] {
  if (!changesTicket(before, after)) return [];
  const statusChange = effects.find((e) => e.type === "set_status");
  const closeDateSetBy = closeDateSetByOf(effects);
  const statement = sql`
    UPDATE "Ticket" SET
      subject = ${unlessSame(after.subject, before.subject, sql`subject`)},
      description = ${unlessSame(after.description, before.description, sql`description`)},
      "originThreadId" = ${unlessSame(after.originThreadId, before.originThreadId, sql`"originThreadId"`)},
      "statusId" = ${after.statusId},
      "ownerId" = ${after.ownerId},
      priority = ${after.priority}::"Priority",
      "closeDate" = ${after.closeDate}::date,
      "closeDateSetBy" = ${closeDateSetBy ?? sql`"closeDateSetBy"`},
      "lastStatusChangeAt" = ${statusChange ? utc(statusChange.at) : sql`"lastStatusChangeAt"`},
      "timeToCloseMs" = ${after.timeToCloseMs}::bigint,
      "reopenedAt" = ${after.reopenedAt ? utc(after.reopenedAt) : sql`NULL`},
      "closedAt" = ${after.closedAt ? utc(after.closedAt) : sql`NULL`},
      ${slaUpdate(after, effects, calendar)}
      version = version + 1,
      "updatedAt" = ${utc(now)}
    WHERE id = ${before.id} AND version = ${before.version}
    RETURNING version`;
  return [{ name: TICKET_UPDATE, statement }];
}

/** Timeline entries and enrolments (with their jobs) of a decision on ticket `ticketId`;
 *  `personWaiting`: a person's own change, whose workflows' first jobs go before any backlog. */
export function effectRowsBatch(
  ticketId: string,
  effects: readonly Effect[],
  causeEventId: string | null,
  now: Date,
  personWaiting = false,
): WriteBatch {
  const enrollments = enrollmentsOf(effects);
  return {
    writes: [
      ...timelinePart(ticketId, effects, now),
      ...enrollmentPart(ticketId, enrollments, causeEventId, now),
      ...cancelStatusTimersPart(ticketId, effects, now),
    ],
    workflowStarts: workflowStarts(ticketId, enrollments, causeEventId, personWaiting),
    timers: timerRowsOf(ticketId, effects),
    mustWriteOne: [],
  };
}

function timelinePart(ticketId: string, effects: readonly Effect[], now: Date): WritePart[] {
  const entries = effects.flatMap((e) => (e.type === "timeline" ? [e.entry] : []));
  if (entries.length === 0) return [];
  const json = JSON.stringify(entries.map((entry: TimelineEntryDraft) => ({ ...entry, id: newId() })));
  const statement = sql`
    INSERT INTO "TimelineEntry" (id, "ticketId", kind, summary, detail, "actorUserId", "ruleName", "eventId", depth, "createdAt")
    SELECT x.id, ${ticketId}, x.kind, x.summary, x.detail, x."actorUserId", x."ruleName", x."eventId", x.depth, ${utc(now)}
    FROM jsonb_to_recordset(${json}::jsonb) AS x(id text, kind text, summary text, detail jsonb,
      "actorUserId" text, "ruleName" text, "eventId" text, depth int)
    RETURNING 1`;
  return [{ name: "timeline", statement }];
}

function enrollmentsOf(effects: readonly Effect[]): Enrollment[] {
  return effects.flatMap((e) =>
    e.type === "enroll"
      ? [{ id: newId(), workflowId: e.workflowId, depth: e.depth, occurrenceKey: e.occurrenceKey ?? null }]
      : [],
  );
}

function enrollmentPart(
  ticketId: string,
  enrollments: readonly Enrollment[],
  causeEventId: string | null,
  now: Date,
): WritePart[] {
  if (enrollments.length === 0) return [];
  const json = JSON.stringify(
    enrollments.map(({ id, workflowId, occurrenceKey }) => ({ id, workflowId, occurrenceKey })),
  );
  const statement = sql`
    INSERT INTO "WorkflowEnrollment" (id, "workflowId", "ticketId", state, "causeEventId", "occurrenceKey", "createdAt", "updatedAt")
    SELECT x.id, x."workflowId", ${ticketId}, 'ACTIVE', ${causeEventId}, x."occurrenceKey", ${utc(now)}, ${utc(now)}
    FROM jsonb_to_recordset(${json}::jsonb) AS x(id text, "workflowId" text, "occurrenceKey" text)
    RETURNING 1`;
  return [{ name: "enrollments", statement }];
}
