// What the status-action editors pick from: the account's users, teams and automated emails.
import "server-only";
import { db } from "@/lib/db";
import { listEmailTemplates } from "@/lib/templates/queries";

export async function getStatusActionOptions() {
  const [users, teams, templates] = await Promise.all([
    db.user.findMany({
      where: { active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true },
    }),
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    listEmailTemplates(),
  ]);
  return { users, teams, templates };
}
export type StatusActionOptions = Awaited<ReturnType<typeof getStatusActionOptions>>;
