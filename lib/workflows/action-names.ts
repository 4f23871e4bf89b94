// The names action bubbles, revisions and enrolments read instead of ids (issue 15: every value by
// its label, every person by name): automated emails, users, teams and statuses.
import "server-only";
import { db } from "@/lib/db";
import { emailTemplateNames } from "@/lib/templates/queries";
import type { ActionNames } from "./action-types/define";

const byId = (rows: { id: string; name: string }[]) => Object.fromEntries(rows.map((r) => [r.id, r.name]));

export async function readActionNames(): Promise<Required<ActionNames>> {
  const [templates, users, teams, statuses] = await Promise.all([
    emailTemplateNames(),
    db.user.findMany({ select: { id: true, name: true } }),
    db.team.findMany({ select: { id: true, name: true } }),
    db.pipelineStatus.findMany({ select: { id: true, label: true } }),
  ]);
  return {
    templates,
    users: byId(users),
    teams: byId(teams),
    statuses: byId(statuses.map((s) => ({ id: s.id, name: s.label }))),
  };
}
