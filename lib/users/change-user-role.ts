// Takes effect on the user's next request: current-user.ts reads the role from the database.
import "server-only";
import { db } from "@/lib/db";
import type { TChangeUserRole } from "./schemas";
import { updateUserAccess, type AccessActor } from "./user-access";

export function changeUserRole(actor: AccessActor, { userId, role }: TChangeUserRole) {
  return db.$transaction((tx) => updateUserAccess(tx, actor, userId, { role }));
}
