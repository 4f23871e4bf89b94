// The ids an action points at (users, teams, email templates, statuses). The schemas check the
// shape; this checks that each id exists, so a bad reference is a 400 with its path, not a
// failure when the action runs.
import "server-only";
import { AppError, type FieldIssue } from "@/lib/errors";
import type { TAction } from "./action-config";
import type { Tx } from "./status-action-chain";

export type RefKind = "user" | "team" | "template" | "status";
export interface Ref {
  kind: RefKind;
  id: string;
  path: (string | number)[];
}

const many = (kind: RefKind, ids: string[], field: string[]): Ref[] =>
  ids.map((id, i) => ({ kind, id, path: [...field, i] }));

type RefsOf = { [K in TAction["type"]]: (action: Extract<TAction, { type: K }>) => Ref[] };

const REFS: RefsOf = {
  send_email: (a) => [{ kind: "template", id: a.template, path: ["template"] }],
  send_internal_email: (a) => [
    ...many("user", a.to.userIds, ["to", "userIds"]),
    ...many("team", a.to.teamIds, ["to", "teamIds"]),
  ],
  create_task: (a) =>
    a.assignTo === "owner" ? [] : [{ kind: "user", id: a.assignTo.userId, path: ["assignTo", "userId"] }],
  assign_owner: (a) =>
    "userId" in a
      ? [{ kind: "user", id: a.userId, path: ["userId"] }]
      : [{ kind: "team", id: a.rotateAmongTeamId, path: ["rotateAmongTeamId"] }],
  set_property: (a) =>
    a.value !== null && (a.property === "owner" || a.property === "status")
      ? [{ kind: a.property === "owner" ? "user" : "status", id: a.value, path: ["value"] }]
      : [],
  delay: () => [],
  branch: () => [],
  webhook: () => [],
};

const refsOf = (action: TAction): Ref[] => (REFS[action.type] as (a: TAction) => Ref[])(action);

const EXISTING: Record<RefKind, (tx: Tx, ids: string[]) => Promise<string[]>> = {
  user: async (tx, ids) =>
    (await tx.user.findMany({ where: { id: { in: ids }, active: true }, select: { id: true } })).map((r) => r.id),
  team: async (tx, ids) =>
    (await tx.team.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((r) => r.id),
  status: async (tx, ids) =>
    (await tx.pipelineStatus.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((r) => r.id),
  // A built-in template is named by its key, a custom automated email by its id.
  template: async (tx, ids) =>
    (
      await tx.emailTemplate.findMany({
        where: { OR: [{ id: { in: ids } }, { key: { in: ids } }] },
        select: { id: true, key: true },
      })
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
  const refs = refsOf(action);
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
