// Who may do what: the one table. Pages use it to disable controls (with the reason), and
// every server action and route handler calls it to refuse.
import type { Role } from "@/generated/prisma/enums";

export interface Actor {
  id: string;
  role: Role;
  active: boolean;
}

const EVERYONE: readonly Role[] = ["SUPER_ADMIN", "ACCOUNT_ADMIN", "AGENT"];
const ADMINS: readonly Role[] = ["SUPER_ADMIN", "ACCOUNT_ADMIN"];

export const POLICY = {
  "tickets.view": EVERYONE,
  "tickets.create": EVERYONE,
  "tickets.move": EVERYONE,
  "tickets.edit": EVERYONE,
  "tickets.dryRun": EVERYONE,
  "email.send": EVERYONE,
  "contacts.view": EVERYONE,
  "contacts.edit": EVERYONE,
  "settings.view": EVERYONE,
  "automation.view": EVERYONE,
  /** SPEC: only super admins and users with the Account permission change status actions. */
  "automation.edit": ADMINS,
  "workflows.view": EVERYONE,
  "workflows.edit": ADMINS,
  /** Where webhooks point and their signing secrets (issue 13 §3): URLs often carry tokens. */
  "webhooks.manage": ADMINS,
  "channels.edit": ADMINS,
  "pipelines.edit": ADMINS,
  /** SPEC §8: super admins and users with the Account permission are not bound by pipeline rules. */
  "pipelineRules.bypass": ADMINS,
  "templates.edit": ADMINS,
  "users.manage": ADMINS,
  "account.edit": ADMINS,
  "apiKeys.manage": ADMINS,
  "outbox.view": ADMINS,
  "jobs.view": ADMINS,
  "jobs.retry": ADMINS,
  "events.ingest": EVERYONE,
  /** A user's own password (lib/auth/actions.ts). */
  "password.change": EVERYONE,
} as const satisfies Record<string, readonly Role[]>;

export type PolicyAction = keyof typeof POLICY;

export function can(actor: Actor | null | undefined, action: PolicyAction): boolean {
  if (!actor || !actor.active) return false;
  return (POLICY[action] as readonly Role[]).includes(actor.role);
}

/** Why a control is disabled, in words a user understands. */
export function denialReason(action: PolicyAction): string {
  const allowed = POLICY[action] as readonly Role[];
  const adminsOnly = allowed.length === ADMINS.length && ADMINS.every((role) => allowed.includes(role));
  return adminsOnly
    ? "Only super admins and users with the Account permission can do this."
    : "You do not have permission to do this.";
}
