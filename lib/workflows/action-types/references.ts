// The ids an action points at (users, teams, email templates, statuses), as each type's
// definition lists them (`refs`). The schemas check the shape; this checks that each id exists, so a bad reference is a 400 with its path, not a
// failure when the action runs.
import "server-only";
import { join } from "@/lib/db/sql";
import { AppError, type FieldIssue } from "@/lib/errors";
import type { Ref, RefKind } from "./define";
import { actionRefs, type TAction } from "./registry";
import type { Tx } from "@/lib/db/tx";

const EXISTING: Record<RefKind, (tx: Tx, ids: string[]) => Promise<string[]>> = {
  user: async (tx, ids) =>
    (await tx.user.findMany({ where: { id: { in: ids }, active: true }, select: { id: true } })).map((r) => r.id),
  team: async (tx, ids) =>
    (await tx.team.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((r) => r.id),
  status: async (tx, ids) =>
    (await tx.pipelineStatus.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((r) => r.id),
  // A built-in template is named by its key, a custom automated email by its id. FOR SHARE: the
  // email cannot be deleted until the action that names it is saved (lib/templates/delete-email.ts).
  template: async (tx, ids) =>
    (
      await tx.$queryRaw<{ id: string; key: string | null }[]>`
        SELECT id, key FROM "EmailTemplate" WHERE id IN (${join(ids)}) OR key IN (${join(ids)}) FOR SHARE`
    ).flatMap((r) => [r.id, r.key ?? ""]),
};

const NOT_FOUND_MESSAGE: Record<RefKind, string> = {
  user: "This user does not exist or is deactivated",
  team: "This team does not exist",
  template: "This email does not exist",
  status: "This status does not exist",
};

/** The references of `action` whose id no longer exists (or whose user is deactivated). */
export async function findMissingRefs(tx: Tx, action: TAction): Promise<Ref[]> {
  const refs = actionRefs(action);
  const missing: Ref[] = [];
  for (const kind of Object.keys(EXISTING) as RefKind[]) {
    const wanted = refs.filter((r) => r.kind === kind);
    if (wanted.length === 0) continue;
    const found = new Set(
      await EXISTING[kind](
        tx,
        wanted.map((r) => r.id),
      ),
    );
    missing.push(...wanted.filter((r) => !found.has(r.id)));
  }
  return missing;
}

/** Throws BAD_REQUEST with one issue per unknown id, its path under `base` (e.g. ["action"]). */
export async function assertActionRefsExist(
  tx: Tx,
  action: TAction,
  base: (string | number)[] = ["action"],
): Promise<void> {
  const issues: FieldIssue[] = (await findMissingRefs(tx, action)).map((ref) => ({
    path: [...base, ...ref.path],
    message: NOT_FOUND_MESSAGE[ref.kind],
    code: "unknown_reference",
  }));
  if (issues.length > 0) throw new AppError("BAD_REQUEST", "Some of the chosen items no longer exist.", issues);
}
