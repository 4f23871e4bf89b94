import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/policy";

export async function listTeams(actor: Actor) {
  assertCan(actor, "settings.view");
  const teams = await db.team.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      members: {
        select: { user: { select: { id: true, name: true, email: true, active: true } } },
        orderBy: { user: { name: "asc" } },
      },
    },
  });
  return teams.map(({ members, ...team }) => ({ ...team, members: members.map((m) => m.user) }));
}
export type TeamSummary = Awaited<ReturnType<typeof listTeams>>[number];
