// Agents never see where a webhook points nor which secret it signs with (issue 13 §3): a URL
// often carries a token, and says what the server's network reaches. Everything that hands
// actions to a reader — the Automate tab's lanes, the workflow editor, the automation document
// (GET /api/v1/pipelines/:id/automation), the History drawer — passes them through here with the
// reader. Admins (`webhooks.manage`) see them whole. A webhook as an agent sees it: `{ type, method }`.
import type { ActionType } from "@/generated/prisma/enums";
import { can, type Actor } from "@/lib/auth/policy";

export const seesWebhookTargets = (viewer: Actor): boolean => can(viewer, "webhooks.manage");

const WEBHOOK_DETAIL = ["url", "secretId"];

function withoutDetail<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !WEBHOOK_DETAIL.includes(key))) as T;
}

/** An action in the document's shape (`{ type: "webhook", url, … }`), as `viewer` may see it. */
export function actionFor<T extends { type: string }>(viewer: Actor, action: T): T {
  return action.type === "webhook" && !seesWebhookTargets(viewer) ? withoutDetail(action) : action;
}

/** A stored row's config (`type` the database enum), as `viewer` may see it. */
export function storedConfigFor(viewer: Actor, type: ActionType, config: unknown): unknown {
  return type === "WEBHOOK" && !seesWebhookTargets(viewer) && typeof config === "object" && config !== null
    ? withoutDetail(config)
    : config;
}

/** Stored rows (`{ type, config, … }`), each config as `viewer` may see it. */
export function storedActionsFor<T extends { type: ActionType; config: unknown }>(viewer: Actor, rows: T[]): T[] {
  return rows.map((row) => ({ ...row, config: storedConfigFor(viewer, row.type, row.config) }));
}

/** A History value: an action list (a chain before/after) has its webhooks redacted; others pass. */
export function historyValueFor(viewer: Actor, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item) =>
    typeof item === "object" && item !== null && typeof (item as { type?: unknown }).type === "string"
      ? actionFor(viewer, item as { type: string })
      : item,
  );
}
