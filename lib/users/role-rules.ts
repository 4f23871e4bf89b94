// Who may give whom which role, and the one invariant: the account always keeps an active
// super admin. Pure, so the UI can disable what the server would refuse.
import type { RoleName } from "./schemas";

export interface RoleActor {
  id: string;
  role: RoleName;
}

export interface UserState {
  id: string;
  role: RoleName;
  active: boolean;
}

export interface UserChange {
  actor: RoleActor;
  /** The user as they are now; null when creating one. */
  before: UserState | null;
  after: Omit<UserState, "id">;
  /** Active super admins right now, the target included. */
  activeSuperAdmins: number;
}

export type RoleRuleRefusal = "super_admin_only" | "last_super_admin" | "own_account";

export const ROLE_RULE_MESSAGE: Record<RoleRuleRefusal, string> = {
  super_admin_only: "Only a super admin can grant, change or remove the Super admin role.",
  last_super_admin: "There must always be an active super admin. Make someone else a super admin first.",
  own_account: "You can't deactivate your own account.",
};

const isActiveSuperAdmin = (user: Omit<UserState, "id"> | null) => user?.role === "SUPER_ADMIN" && user.active;

/** Why the change is refused, or null when it is allowed. */
export function roleChangeRefusal({ actor, before, after, activeSuperAdmins }: UserChange): RoleRuleRefusal | null {
  const touchesSuperAdmin = before?.role === "SUPER_ADMIN" || after.role === "SUPER_ADMIN";
  if (touchesSuperAdmin && actor.role !== "SUPER_ADMIN") return "super_admin_only";
  if (before && before.id === actor.id && before.active && !after.active) return "own_account";
  const losesOne = isActiveSuperAdmin(before) && !isActiveSuperAdmin(after);
  if (losesOne && activeSuperAdmins <= 1) return "last_super_admin";
  return null;
}

/** The roles an actor may give (the select's options). */
export function assignableRoles(actor: RoleActor): RoleName[] {
  return actor.role === "SUPER_ADMIN" ? ["SUPER_ADMIN", "ACCOUNT_ADMIN", "AGENT"] : ["ACCOUNT_ADMIN", "AGENT"];
}
