// The signed-in user, read from the database on every request: a demoted or deactivated
// user loses rights on the next request, whatever their session token says.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getSessionClaims } from "./session";
import { can, type Actor, type PolicyAction } from "./policy";

export interface CurrentUser extends Actor {
  name: string;
  email: string;
}

const userSelect = { id: true, name: true, email: true, role: true, active: true, sessionVersion: true } as const;

/** The user, when active and — for a session — when the session is not older than the user's
 *  session version (sign-out, password change, deactivation and role change bump it). */
export async function loadActiveUser(userId: string, sessionVersion?: number): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: userSelect });
  if (!user?.active) return null;
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, active: user.active };
}

/** Per request (React cache): the session's user, or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await getSessionClaims();
  return claims ? loadActiveUser(claims.userId, claims.sessionVersion) : null;
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return user;
}

/** Authenticate and authorize in one call: the first line of every server action. */
export async function requirePermission(action: PolicyAction): Promise<CurrentUser> {
  const user = await requireUser();
  assertCan(user, action);
  return user;
}

export function assertCan(user: Actor, action: PolicyAction): void {
  if (!can(user, action)) {
    throw new AppError("FORBIDDEN", "You do not have permission to do this.");
  }
}
