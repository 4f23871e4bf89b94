// A WriteBatch is what one transaction will write: rows and the jobs that start workflows (one
// statement, lib/db/write-batch.ts), and the parts that must each have written exactly one row
// (the guarded ticket UPDATE). Ticket changes, new conversations and events build these and
// combine them, so everything an event causes commits together or not at all.
import "server-only";
import { lastStatementOf, type Sql } from "@/lib/db/sql";
import { partNotWrittenOnce, runWrites, type WritePart } from "@/lib/db/write-batch";
import type { AppError } from "@/lib/errors";
import { timerJobParts, type TimerRow } from "./timer-writes";
import { workflowStartParts, type WorkflowStart } from "./workflow-jobs";

export interface WriteBatch {
  writes: WritePart[];
  workflowStarts: WorkflowStart[];
  /** SPEC §9 timers started by the change (job rows due later). */
  timers?: TimerRow[];
  mustWriteOne: { part: string; error: () => AppError }[];
}

export function combineBatches(...batches: Partial<WriteBatch>[]): WriteBatch {
  return {
    writes: batches.flatMap((p) => p.writes ?? []),
    workflowStarts: batches.flatMap((p) => p.workflowStarts ?? []),
    timers: batches.flatMap((p) => p.timers ?? []),
    mustWriteOne: batches.flatMap((p) => p.mustWriteOne ?? []),
  };
}

/** Writes the batch in one statement. `last`: it is the transaction's last statement, and on
 *  PostgreSQL commits with it in the same round trip (lib/db/pg-transaction.ts); the parts that
 *  must write one row are checked inside the statement, so a miss still rolls everything back. */
export async function commitWriteBatch(
  executor: Sql,
  batch: WriteBatch,
  options: { last?: boolean } = {},
): Promise<void> {
  // The workflows' start jobs ride in the same statement (a foreign key to an enrolment
  // inserted beside them is checked at its end): one round trip for the whole change.
  const timers = await timerJobParts(executor, batch.timers ?? []);
  const parts = [...batch.writes, ...workflowStartParts(batch.workflowStarts), ...timers];
  const mustWriteOne = batch.mustWriteOne.map((check) => check.part);
  try {
    await runWrites(options.last ? lastStatementOf(executor) : executor, parts, mustWriteOne);
  } catch (error) {
    const missed = batch.mustWriteOne.find((check) => check.part === partNotWrittenOnce(error));
    throw missed ? missed.error() : error;
  }
}

/** The same batch with its parts renamed, so the rows of two tickets (a follow-up and the ticket it
 *  follows up) can share one statement without two parts of the same name. */
export function prefixParts(batch: WriteBatch, prefix: string): WriteBatch {
  return {
    writes: batch.writes.map((part) => ({ ...part, name: `${prefix}_${part.name}` })),
    workflowStarts: batch.workflowStarts,
    timers: batch.timers,
    mustWriteOne: batch.mustWriteOne.map((check) => ({ ...check, part: `${prefix}_${check.part}` })),
  };
}
