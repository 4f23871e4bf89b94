// A webhook's signing secret in the Standard Webhooks form: "whsec_" + base64 of 32 random bytes
// (the HMAC-SHA256 key). The id that a webhook action's config holds is not secret.
import crypto from "node:crypto";

export const SECRET_PREFIX = "whsec_";

export const newSigningSecret = (): string => `${SECRET_PREFIX}${crypto.randomBytes(32).toString("base64")}`;

export const newSecretId = (): string => `whs_${crypto.randomBytes(12).toString("hex")}`;
