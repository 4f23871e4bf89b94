// SPEC §7 History: every automation setting change is recorded (who, when, what, before → after).
// The one writer of SettingsChange rows; call it inside the transaction that makes the change,
// so a change and its record are written together or not at all.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/tx";
import { newId } from "@/lib/db/ids";

export interface ChangeActor {
  id: string;
  name: string;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ChangeSet {
  /** Where the History drawer lists it, e.g. `pipelineScope(id)`. */
  scope: string;
  entityType: string;
  entityId: string;
  changes: FieldChange[];
}

export const pipelineScope = (pipelineId: string) => `pipeline:${pipelineId}`;

/** Any transaction (or client) that can write settings changes. */
type ChangeWriter = Pick<Tx, "settingsChange">;

/** Writes one row per field whose value really changed; returns how many were written. */
export async function recordChanges(tx: ChangeWriter, actor: ChangeActor | null, set: ChangeSet): Promise<number> {
  const changed = set.changes.filter((c) => !sameValue(c.before, c.after));
  if (changed.length === 0) return 0;
  await tx.settingsChange.createMany({
    data: changed.map((c) => ({
      id: newId(),
      actorUserId: actor?.id ?? null,
      actorName: actor?.name ?? null,
      scope: set.scope,
      entityType: set.entityType,
      entityId: set.entityId,
      field: c.field,
      before: toJson(c.before),
      after: toJson(c.after),
    })),
  });
  return changed.length;
}

/** Field-by-field changes between two flat records, for the fields named. */
export function diffFields<T extends object>(
  before: T,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  return fields
    .filter((field) => field in after)
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** JSON columns: undefined/null are stored as SQL NULL (omitted); anything else as JSON. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
