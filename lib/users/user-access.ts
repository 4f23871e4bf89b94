// The one path that changes who a user is to the app (role, active) or adds a user, under the
// role rules. Active super admins are locked first, so two admins demoting each other at the
// same moment cannot both succeed and leave the account without one.
import "server-only";
import { AppError } from "@/lib/errors";
import { recordChanges, type ChangeActor } from "@/lib/history/record-change";
import { ROLE_RULE_MESSAGE, roleChangeRefusal, type RoleActor, type UserState } from "./role-rules";
import type { Tx } from "@/lib/db/tx";

export type AccessActor = RoleActor & ChangeActor;

export const USERS_SCOPE = "users";

/** Locks the active super admins' rows for this transaction and counts them. */
async function lockActiveSuperAdmins(tx: Tx): Promise<number> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE "role" = 'SUPER_ADMIN' AND "active" ORDER BY id FOR UPDATE`;
  return rows.length;
}

/** Throws FORBIDDEN (or CONFLICT for the last super admin) when the rules refuse the change. */
export async function assertAccessChangeAllowed(
  tx: Tx,
  actor: AccessActor,
  before: UserState | null,
  after: Omit<UserState, "id">,
) {
  const activeSuperAdmins = await lockActiveSuperAdmins(tx);
  const refusal = roleChangeRefusal({ actor, before, after, activeSuperAdmins });
  if (!refusal) return;
  throw new AppError(refusal === "super_admin_only" ? "FORBIDDEN" : "CONFLICT", ROLE_RULE_MESSAGE[refusal]);
}

/** Applies a role/active patch to an existing user; returns the user as they are now. */
export async function updateUserAccess(
  tx: Tx,
  actor: AccessActor,
  userId: string,
  patch: Partial<Omit<UserState, "id">>,
) {
  const before = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, active: true, name: true },
  });
  if (!before) throw new AppError("NOT_FOUND", "This user does not exist.");
  const after = { role: patch.role ?? before.role, active: patch.active ?? before.active };
  await assertAccessChangeAllowed(tx, actor, before, after);
  // A role change or a deactivation ends the user's sessions: they sign in again as who they now are.
  const changed = after.role !== before.role || after.active !== before.active;
  const user = await tx.user.update({
    where: { id: userId },
    data: { ...after, ...(changed ? { sessionVersion: { increment: 1 } } : {}) },
    select: { id: true, name: true, role: true, active: true },
  });
  await recordChanges(tx, actor, {
    scope: USERS_SCOPE,
    entityType: "user",
    entityId: userId,
    changes: [
      { field: "role", before: before.role, after: after.role },
      { field: "active", before: before.active, after: after.active },
    ],
  });
  return user;
}
