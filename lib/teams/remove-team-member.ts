import "server-only";
import { db } from "@/lib/db";
import type { ChangeActor } from "@/lib/history/record-change";
import type { TTeamMember } from "./schemas";
import { memberIds, recordTeamChange } from "./team-history";

/** Removing someone who is not a member is a no-op: the outcome is what was asked. */
export async function removeTeamMember(actor: ChangeActor, { teamId, userId }: TTeamMember) {
  return db.$transaction(async (tx) => {
    const before = await memberIds(tx, teamId);
    await tx.teamMembership.deleteMany({ where: { teamId, userId } });
    await recordTeamChange(tx, actor, teamId, [{ field: "members", before, after: await memberIds(tx, teamId) }]);
    return { teamId, userId };
  });
}
