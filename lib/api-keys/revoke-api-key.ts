// Revoking is immediate: authenticate.ts refuses a key with revokedAt set on the next request.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRevokeApiKey } from "./schemas";

export async function revokeApiKey({ id }: TRevokeApiKey): Promise<{ id: string; name: string; revokedAt: Date }> {
  const revokedAt = new Date();
  // Conditional update: of two concurrent revokes, exactly one succeeds and the other is told why.
  const { count } = await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt } });
  const key = await db.apiKey.findUnique({ where: { id }, select: { id: true, name: true, revokedAt: true } });
  if (!key) throw new AppError("NOT_FOUND", "This API key does not exist.");
  if (count === 0) throw new AppError("CONFLICT", `The API key "${key.name}" is already revoked.`);
  return { id: key.id, name: key.name, revokedAt };
}
