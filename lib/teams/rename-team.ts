import "server-only";
import { db } from "@/lib/db";
import type { ChangeActor } from "@/lib/history/record-change";
import type { TRenameTeam } from "./schemas";
import { teamNotFound, withUniqueTeamName } from "./team-errors";
import { recordTeamChange } from "./team-history";

export function renameTeam(actor: ChangeActor, { teamId, name }: TRenameTeam) {
  return withUniqueTeamName(() =>
    db.$transaction(async (tx) => {
      const before = await tx.team.findUnique({ where: { id: teamId }, select: { name: true } });
      if (!before) throw teamNotFound();
      await tx.team.update({ where: { id: teamId }, data: { name } });
      await recordTeamChange(tx, actor, teamId, [{ field: "name", before: before.name, after: name }]);
      return { id: teamId, name };
    }),
  );
}
