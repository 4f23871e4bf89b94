// `Authorization: Bearer <api key>` → the key's user (with that user's current role).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashApiKey } from "./key-material";

const LAST_USED_GRANULARITY_MS = 60_000;

export async function authenticateApiKey(authorization: string | null): Promise<CurrentUser> {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  if (!match) throw new AppError("UNAUTHENTICATED", "Send an API key as 'Authorization: Bearer <key>'.");
  const key = await db.apiKey.findUnique({
    where: { hash: hashApiKey(match[1]!) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true, email: true, role: true, active: true } },
    },
  });
  if (!key || key.revokedAt || !key.user.active) throw new AppError("UNAUTHENTICATED", "The API key is not valid.");
  const now = Date.now();
  if (!key.lastUsedAt || now - key.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date(now) } });
  }
  return key.user;
}
