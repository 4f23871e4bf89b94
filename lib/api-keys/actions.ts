"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { ZCreateApiKey, ZRevokeApiKey } from "@/lib/api-keys/schemas";

const PAGE = "/settings/api-keys";

/** Returns the full key: the only time anyone sees it. */
export const createApiKeyAction = authorizedAction("apiKeys.manage", ZCreateApiKey, async (input, user) => {
  const created = await createApiKey(input, user.id);
  revalidatePath(PAGE);
  return created;
});

export const revokeApiKeyAction = authorizedAction("apiKeys.manage", ZRevokeApiKey, async (input) => {
  const revoked = await revokeApiKey(input);
  revalidatePath(PAGE);
  return revoked;
});
