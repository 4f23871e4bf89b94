// Where a step's own rows go — its timeline entries, its enrolment's move to the next action
// or its end: gathered while the step is decided, then written as parts of one statement
// (lib/db/write-batch.ts), inside the transaction that commits them: the step's job's one
// statement (with its completion), or a burst of timers' (fifty steps' rows at once).
import "server-only";
import { sql, type Sql, type SqlFragment } from "@/lib/db/sql";
import { runWrites, type WritePart } from "@/lib/db/write-batch";
import type { ActionNode } from "./action-tree";
import { endsPart, movesParts, type EndState, type EnrollmentMove } from "./enrollment-moves";
import type { StepBase } from "./step-context";
import { stepEntriesInsert, stepEntryRow, type StepEntry, type StepEntryRow } from "./step-timeline";

export interface StepRecords {
  entry(step: StepBase, entry: StepEntry): Promise<void>;
  end(step: StepBase, state: EndState): Promise<void>;
  move(step: StepBase, next: ActionNode, runAt: Date): Promise<void>;
}

export interface GatheredRecords extends StepRecords {
  /** The rows gathered, as write parts; `onlyIf`: none written unless it holds. */
  parts(onlyIf?: SqlFragment): WritePart[];
  /** Writes them all in one statement. */
  flush(tx: Sql): Promise<void>;
}

/** Rows gathered until written as parts of one statement. */
export function gatheredRecords(): GatheredRecords {
  const entries: StepEntryRow[] = [];
  const ends: { step: StepBase; state: EndState }[] = [];
  const moves: EnrollmentMove[] = [];
  const parts = (onlyIf: SqlFragment = sql`true`): WritePart[] => [
    ...(entries.length > 0 ? [{ name: "step_entries", statement: stepEntriesInsert(entries, onlyIf) }] : []),
    ...endsPart(ends, onlyIf),
    ...movesParts(moves, onlyIf),
  ];
  return {
    entry: async (step, entry) => void entries.push(stepEntryRow(step, entry)),
    end: async (step, state) => void ends.push({ step, state }),
    move: async (step, next, runAt) => void moves.push({ step, next, runAt }),
    parts,
    async flush(tx) {
      await runWrites(tx, parts());
    },
  };
}
