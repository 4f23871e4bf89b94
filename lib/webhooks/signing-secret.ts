// A webhook's signing secret in the Standard Webhooks form: "whsec_" + base64 of 32 random bytes
// (the HMAC-SHA256 key). The id that a webhook action's config holds is not secret: the row's id
// from the one id generator, with a prefix that says what it names.
import crypto from "node:crypto";
import { newId } from "@/lib/db/ids";

export const SECRET_PREFIX = "whsec_";

export const newSigningSecret = (): string => `${SECRET_PREFIX}${crypto.randomBytes(32).toString("base64")}`;

export const newSecretId = (): string => `whs_${newId()}`;
