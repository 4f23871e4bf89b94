// SPEC §9: a pipeline's SLA targets as one JSON value (or null when it has none), read inside
// whatever statement loads the pipeline for the engine, and as a plain read for the Automate tab
// and the automation document.
import "server-only";
import { NO_SLA, type SlaPolicy } from "@/lib/automation";
import { db } from "@/lib/db";
import { sql, type SqlFragment } from "@/lib/db/sql";
import type { Tx } from "@/lib/db/tx";

export function pipelineSlaJson(pipelineId: SqlFragment): SqlFragment {
  return sql`(SELECT json_build_object('firstReply', s."firstReply", 'close', s.close, 'businessHours', s."businessHours")
    FROM "PipelineSla" s WHERE s."pipelineId" = ${pipelineId})`;
}

export async function readPipelineSla(pipelineId: string, client: Pick<Tx, "pipelineSla"> = db): Promise<SlaPolicy> {
  const row = await client.pipelineSla.findUnique({ where: { pipelineId } });
  return row ? { firstReply: row.firstReply, close: row.close, businessHours: row.businessHours } : NO_SLA;
}
