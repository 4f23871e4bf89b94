// API key inputs, shared by the Settings > API keys form and the server actions.
import { z } from "zod";

export const API_KEY_NAME_MAX = 100;

export const ZCreateApiKey = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter a name for the key")
    .max(API_KEY_NAME_MAX, `Use at most ${API_KEY_NAME_MAX} characters`),
});
export type TCreateApiKey = z.infer<typeof ZCreateApiKey>;

export const ZRevokeApiKey = z.object({
  id: z.string().min(1, "Choose a key to revoke").max(100),
});
export type TRevokeApiKey = z.infer<typeof ZRevokeApiKey>;
