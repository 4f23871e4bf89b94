// A channel as decideNewConversation() sees it, with its pipeline, the account's time zone and plan,
// as one JSON value: read in the claiming statement of a message that may start a new
// conversation (SPEC §2), so starting one costs no round trip of its own.
import "server-only";
import type { ChannelSnapshot, PipelineSnapshot, PlanTier } from "@/lib/automation";
import { sql, type SqlFragment } from "@/lib/db/sql";
import { pipelineSnapshotJson, toPipelineSnapshot, type PipelineSnapshotJson } from "@/lib/pipelines/pipeline-snapshot";

/** The account's business hours row as stored (null: never saved), for a new ticket's SLA due times. */
export type StoredCalendar = { week: unknown; holidays: unknown } | null;

export interface LoadedChannel {
  channel: ChannelSnapshot;
  pipeline: PipelineSnapshot | null;
  timeZone: string;
  planTier: PlanTier;
  calendar: StoredCalendar;
}

export type ChannelSnapshotJson = ChannelSnapshot & {
  pipeline: PipelineSnapshotJson | null;
  timeZone: string | null;
  planTier: PlanTier | null;
  calendar: StoredCalendar;
};

/** JSON (null when no channel has the id): the channel, its pipeline's snapshot, the account's zone. */
export function channelSnapshotJson(channelId: string): SqlFragment {
  return sql`(
    SELECT json_build_object(
      'id', c.id, 'type', c.type::text, 'name', c.name, 'createsTickets', c."createsTickets",
      'pipelineId', c."pipelineId", 'statusId', c."statusId", 'ownerId', c."ownerId",
      'pipeline', ${pipelineSnapshotJson(sql`c."pipelineId"`)},
      'timeZone', (SELECT a."timeZone" FROM "Account" a LIMIT 1),
      'planTier', (SELECT a."planTier"::text FROM "Account" a LIMIT 1),
      'calendar', (SELECT json_build_object('week', b.week, 'holidays', b.holidays) FROM "BusinessHours" b WHERE b.id = 'account'))
    FROM "Channel" c WHERE c.id = ${channelId})`;
}

export function toLoadedChannel(json: ChannelSnapshotJson): LoadedChannel {
  const { pipeline, timeZone, planTier, calendar, ...channel } = json;
  return {
    channel,
    pipeline: pipeline ? toPipelineSnapshot(pipeline) : null,
    timeZone: timeZone ?? "UTC",
    // No account row yet (a fresh database before seeding): everything on, as the account default.
    planTier: planTier ?? "ENTERPRISE",
    calendar,
  };
}
