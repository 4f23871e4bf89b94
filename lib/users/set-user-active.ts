// Deactivate / reactivate. A deactivated user is signed out on their next request (their session
// token stays valid, but current-user.ts and API key checks refuse an inactive user).
import "server-only";
import { db } from "@/lib/db";
import type { TSetUserActive } from "./schemas";
import { updateUserAccess, type AccessActor } from "./user-access";

export function setUserActive(actor: AccessActor, { userId, active }: TSetUserActive) {
  return db.$transaction((tx) => updateUserAccess(tx, actor, userId, { active }));
}
