// The names action bubbles, revisions and enrolments read instead of ids (issue 15: every value by
// its label, every person by name): automated emails, users, teams and statuses; and the account's
// time zone, in which a "Delay until" bubble shows its date and time.
import "server-only";
import { db } from "@/lib/db";
import { getAccountTimeZone } from "@/lib/account/queries";
import { emailTemplateNames } from "@/lib/templates/queries";
import type { ActionNames } from "./action-types/define";

const byId = (rows: { id: string; name: string }[]) => Object.fromEntries(rows.map((r) => [r.id, r.name]));

export async function readActionNames(): Promise<Required<ActionNames>> {
  const [templates, users, teams, statuses, timeZone] = await Promise.all([
    emailTemplateNames(),
    db.user.findMany({ select: { id: true, name: true } }),
    db.team.findMany({ select: { id: true, name: true } }),
    db.pipelineStatus.findMany({ select: { id: true, label: true } }),
    getAccountTimeZone(),
  ]);
  return {
    templates,
    users: byId(users),
    teams: byId(teams),
    statuses: byId(statuses.map((s) => ({ id: s.id, name: s.label }))),
    timeZone,
  };
}
