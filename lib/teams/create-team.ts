import "server-only";
import { db } from "@/lib/db";
import type { ChangeActor } from "@/lib/history/record-change";
import type { TCreateTeam } from "./schemas";
import { withUniqueTeamName } from "./team-errors";
import { recordTeamChange } from "./team-history";
import { newId } from "@/lib/db/ids";

export function createTeam(actor: ChangeActor, { name }: TCreateTeam) {
  return withUniqueTeamName(() =>
    db.$transaction(async (tx) => {
      const team = await tx.team.create({ data: { id: newId(), name }, select: { id: true, name: true } });
      await recordTeamChange(tx, actor, team.id, [{ field: "created", before: null, after: { name } }]);
      return team;
    }),
  );
}
