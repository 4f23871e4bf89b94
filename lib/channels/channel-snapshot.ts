// A channel as decideNewConversation() sees it, with its pipeline and the account's time zone,
// in one query: read when a message starts a new conversation (SPEC §2).
import "server-only";
import type { ChannelSnapshot, PipelineSnapshot } from "@/lib/automation";
import { oneRow, sql, type Sql } from "@/lib/db/sql";
import { pipelineSnapshotJson, toPipelineSnapshot, type PipelineSnapshotJson } from "@/lib/pipelines/pipeline-snapshot";

export interface LoadedChannel {
  channel: ChannelSnapshot;
  pipeline: PipelineSnapshot | null;
  timeZone: string;
}

export async function loadChannel(executor: Sql, channelId: string): Promise<LoadedChannel | null> {
  const row = await oneRow<ChannelSnapshot & { pipeline: PipelineSnapshotJson | null; timeZone: string | null }>(
    executor,
    sql`
    SELECT c.id, c.type::text AS type, c.name, c."createsTickets", c."pipelineId", c."statusId", c."ownerId",
      ${pipelineSnapshotJson(sql`c."pipelineId"`)} AS pipeline,
      (SELECT a."timeZone" FROM "Account" a LIMIT 1) AS "timeZone"
    FROM "Channel" c WHERE c.id = ${channelId}`,
  );
  if (!row) return null;
  const { pipeline, timeZone, ...channel } = row;
  return { channel, pipeline: pipeline ? toPipelineSnapshot(pipeline) : null, timeZone: timeZone ?? "UTC" };
}
