// Saving a webhook action (issue 13 §3): its URL must reach a public unicast address, as it
// will be checked again on every send (run.ts) — the same check, lib/net's resolveTarget, so a
// literal (127.0.0.1, [::1], 0x7f000001, 2130706433, 169.254.169.254, fd00:ec2::254), a cloud
// metadata name, or a name resolving to a non-public address is refused with a message beside
// the URL field, unless TICKETFLOW_WEBHOOK_ALLOWED_HOSTS lists it. A name that does not resolve
// right now is accepted (split-horizon DNS, a receiver not yet set up): the send-time check
// decides once it resolves. The message names the address and its range: only admins save.
import "server-only";
import { env } from "@/lib/env";
import { AppError, type FieldIssue } from "@/lib/errors";
import { parseAllowedHosts } from "@/lib/net/allowed-hosts";
import { resolveTarget, TargetRefusedError, UnresolvedHostError, type Resolver } from "@/lib/net/resolve-target";
import type { TAction } from "../registry";

export interface SavedWebhook {
  action: TAction;
  /** Where the action sits in the input, e.g. ["action"] or ["statusActions", statusId, 0]. */
  path: (string | number)[];
}

/** The field issues of the webhook actions among `saved` whose URL may not be reached. */
export async function webhookTargetIssues(saved: SavedWebhook[], resolve?: Resolver): Promise<FieldIssue[]> {
  const allowed = parseAllowedHosts(env().TICKETFLOW_WEBHOOK_ALLOWED_HOSTS);
  const issues: FieldIssue[] = [];
  for (const { action, path } of saved) {
    if (action.type !== "webhook") continue;
    try {
      await resolveTarget(action.url, allowed, resolve);
    } catch (error) {
      if (error instanceof UnresolvedHostError) continue;
      if (!(error instanceof TargetRefusedError)) throw error;
      issues.push({ path: [...path, "url"], message: error.message, code: "webhook_target_refused" });
    }
  }
  return issues;
}

export async function assertWebhookTargetsAllowed(saved: SavedWebhook[]): Promise<void> {
  const issues = await webhookTargetIssues(saved);
  if (issues.length > 0) throw new AppError("BAD_REQUEST", "This webhook's address may not be reached.", issues);
}
