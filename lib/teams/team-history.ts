// SPEC §7 History for teams: created, renamed, deleted, members added or removed — who, when,
// before → after — in the Users & teams page's scope, written in the change's own transaction.
import "server-only";
import { recordChanges, type ChangeActor, type FieldChange } from "@/lib/history/record-change";
import { USERS_SCOPE } from "@/lib/users/user-access";
import type { Tx } from "@/lib/db/tx";

export function recordTeamChange(tx: Tx, actor: ChangeActor, teamId: string, changes: FieldChange[]): Promise<number> {
  return recordChanges(tx, actor, { scope: USERS_SCOPE, entityType: "team", entityId: teamId, changes });
}

/** The team's members as user ids, by name (the History drawer shows their names). */
export async function memberIds(tx: Tx, teamId: string): Promise<string[]> {
  const rows = await tx.teamMembership.findMany({
    where: { teamId },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    select: { userId: true },
  });
  return rows.map((row) => row.userId);
}
