// SPEC §8: a pipeline's rules as one JSON value (or null when it has none), read inside whatever
// statement needs them, and as a plain read for the Rules tab, the board and the document.
import "server-only";
import { NO_PIPELINE_RULES, type PipelineRules } from "@/lib/automation";
import { db } from "@/lib/db";
import { sql, type SqlFragment } from "@/lib/db/sql";
import type { Tx } from "@/lib/db/tx";

export function pipelineRulesJson(pipelineId: SqlFragment): SqlFragment {
  return sql`(SELECT json_build_object('createStatusIds', r."createStatusIds",
      'preventSkipping', r."preventSkipping", 'preventBackward', r."preventBackward")
    FROM "PipelineRules" r WHERE r."pipelineId" = ${pipelineId})`;
}

export async function readPipelineRules(
  pipelineId: string,
  client: Pick<Tx, "pipelineRules"> = db,
): Promise<PipelineRules> {
  const row = await client.pipelineRules.findUnique({ where: { pipelineId } });
  if (!row) return NO_PIPELINE_RULES;
  return {
    createStatusIds: Array.isArray(row.createStatusIds) ? (row.createStatusIds as string[]) : null,
    preventSkipping: row.preventSkipping,
    preventBackward: row.preventBackward,
  };
}
