import "server-only";
import { db } from "@/lib/db";
import type { TCreateTeam } from "./schemas";
import { withUniqueTeamName } from "./team-errors";

export function createTeam({ name }: TCreateTeam) {
  return withUniqueTeamName(() => db.team.create({ data: { name }, select: { id: true, name: true } }));
}
