import "server-only";
import { db } from "@/lib/db";
import type { TRenameTeam } from "./schemas";
import { teamNotFound, withUniqueTeamName } from "./team-errors";

export async function renameTeam({ teamId, name }: TRenameTeam) {
  const { count } = await withUniqueTeamName(() => db.team.updateMany({ where: { id: teamId }, data: { name } }));
  if (count === 0) throw teamNotFound();
  return { id: teamId, name };
}
