// What the status-action editors pick from: the account's users, teams and automated emails.
import "server-only";
import { db } from "@/lib/db";
import { listEmailTemplates } from "@/lib/templates/queries";
import { hasTransactionalAddon } from "@/lib/templates/transactional-addon";

export async function getStatusActionOptions() {
  const [users, teams, templates, addon] = await Promise.all([
    db.user.findMany({
      where: { active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true },
    }),
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    listEmailTemplates(),
    hasTransactionalAddon(db),
  ]);
  return {
    users,
    teams,
    // How each email is actually sent (send-email/email-template.ts): a custom email marked
    // transactional goes out as marketing while the Transactional email add-on is off.
    templates: templates.map((t) => ({ ...t, sentAsTransactional: t.transactional && (t.builtIn || addon) })),
  };
}
export type StatusActionOptions = Awaited<ReturnType<typeof getStatusActionOptions>>;
