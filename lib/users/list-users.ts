// The account's users as Settings > Users & teams shows them: never a password hash.
import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/policy";

/** Everyone may see who is on the account (owners, assignees); only admins change it. */
export async function listUsers(actor: Actor) {
  assertCan(actor, "settings.view");
  const users = await db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      createdAt: true,
      teams: { select: { team: { select: { id: true, name: true } } }, orderBy: { team: { name: "asc" } } },
    },
  });
  return users.map(({ teams, ...user }) => ({ ...user, teams: teams.map((m) => m.team) }));
}
export type UserSummary = Awaited<ReturnType<typeof listUsers>>[number];
