// Creates a key for its owner. The key is returned here and nowhere else: only its SHA-256
// hash is stored, so it cannot be shown again.
import "server-only";
import { db } from "@/lib/db";
import { displayPrefix, generateApiKey, hashApiKey } from "./key-material";
import type { TCreateApiKey } from "./schemas";
import { newId } from "@/lib/db/ids";

export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  /** The full key, shown once. */
  key: string;
}

/** The key carries its owner's role: whoever the owner is at request time (authenticate.ts). */
export async function createApiKey(input: TCreateApiKey, ownerId: string): Promise<CreatedApiKey> {
  const key = generateApiKey();
  const created = await db.apiKey.create({
    data: { id: newId(), name: input.name, prefix: displayPrefix(key), hash: hashApiKey(key), userId: ownerId },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  return { ...created, key };
}
