import "server-only";
import { db } from "@/lib/db";
import type { TTeamMember } from "./schemas";

/** Removing someone who is not a member is a no-op: the outcome is what was asked. */
export async function removeTeamMember({ teamId, userId }: TTeamMember) {
  await db.teamMembership.deleteMany({ where: { teamId, userId } });
  return { teamId, userId };
}
