// The account's API keys as the Settings page shows them: never the key or its hash.
import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/policy";

const apiKeySummarySelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

/** Active keys first, newest first. Checks the permission itself: a page check alone is not enough. */
export async function listApiKeys(actor: Actor) {
  assertCan(actor, "apiKeys.manage");
  const keys = await db.apiKey.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: apiKeySummarySelect,
  });
  const summaries = keys.map(({ user, ...key }) => ({ ...key, owner: user }));
  return [...summaries.filter((k) => !k.revokedAt), ...summaries.filter((k) => k.revokedAt)];
}
export type ApiKeySummary = Awaited<ReturnType<typeof listApiKeys>>[number];

/** Everything the Settings > API keys page shows: the keys, and the zone their dates are shown in. */
export async function getApiKeysView(actor: Actor) {
  const [keys, account] = await Promise.all([listApiKeys(actor), db.account.findFirst({ select: { timeZone: true } })]);
  return { keys, timeZone: account?.timeZone ?? "UTC" };
}
