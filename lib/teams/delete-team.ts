// A team that automation actions name (internal emails, owner rotation) is kept: deleting it
// would leave those actions pointing at nothing.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ChangeActor } from "@/lib/history/record-change";
import type { TTeamRef } from "./schemas";
import { teamNotFound } from "./team-errors";
import { memberIds, recordTeamChange } from "./team-history";

export async function deleteTeam(actor: ChangeActor, { teamId }: TTeamRef) {
  return db.$transaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { id: teamId }, select: { id: true, name: true } });
    if (!team) throw teamNotFound();
    // Action configs are JSON; team ids are cuids, so a text match finds exactly the references.
    const rows = await tx.$queryRaw<{ uses: number }[]>`
      SELECT count(*)::int AS uses FROM "WorkflowAction" WHERE position(${teamId} in "config"::text) > 0`;
    const uses = rows[0]?.uses ?? 0;
    if (uses > 0) {
      throw new AppError(
        "CONFLICT",
        `"${team.name}" is used by ${uses} automation action${uses === 1 ? "" : "s"}. Remove it from them first.`,
      );
    }
    const members = await memberIds(tx, teamId);
    await tx.team.delete({ where: { id: teamId } });
    await recordTeamChange(tx, actor, teamId, [
      { field: "deleted", before: { name: team.name, members }, after: null },
    ]);
    return team;
  });
}
