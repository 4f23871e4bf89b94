import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TTeamMember } from "./schemas";
import { teamNotFound } from "./team-errors";

/** Adding someone who is already a member is a no-op, not an error. */
export async function addTeamMember({ teamId, userId }: TTeamMember) {
  const [team, user] = await Promise.all([
    db.team.findUnique({ where: { id: teamId }, select: { id: true } }),
    db.user.findUnique({ where: { id: userId }, select: { id: true, name: true } }),
  ]);
  if (!team) throw teamNotFound();
  if (!user) throw new AppError("BAD_REQUEST", "This user does not exist.", [{ path: ["userId"], message: "This user does not exist" }]);
  await db.teamMembership.createMany({ data: [{ teamId, userId }], skipDuplicates: true });
  return { teamId, userId };
}
