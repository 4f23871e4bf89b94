import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ChangeActor } from "@/lib/history/record-change";
import type { TTeamMember } from "./schemas";
import { teamNotFound } from "./team-errors";
import { memberIds, recordTeamChange } from "./team-history";

/** Adding someone who is already a member is a no-op, not an error (and not in the History). */
export async function addTeamMember(actor: ChangeActor, { teamId, userId }: TTeamMember) {
  return db.$transaction(async (tx) => {
    const [team, user] = await Promise.all([
      tx.team.findUnique({ where: { id: teamId }, select: { id: true } }),
      tx.user.findUnique({ where: { id: userId }, select: { id: true } }),
    ]);
    if (!team) throw teamNotFound();
    if (!user)
      throw new AppError("BAD_REQUEST", "This user does not exist.", [
        { path: ["userId"], message: "This user does not exist" },
      ]);
    const before = await memberIds(tx, teamId);
    await tx.teamMembership.createMany({ data: [{ teamId, userId }], skipDuplicates: true });
    await recordTeamChange(tx, actor, teamId, [{ field: "members", before, after: await memberIds(tx, teamId) }]);
    return { teamId, userId };
  });
}
