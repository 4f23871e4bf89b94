// Mailbox passwords at rest: AES-256-GCM (node:crypto) under a key derived with HKDF-SHA256 from
// the server's secret (NEXTAUTH_SECRET, kept in $TICKETFLOW_DATA_DIR/secrets.json by `npm start`).
// The associated data binds a ciphertext to its channel and field, so a copied column does not
// decrypt as another mailbox's or another field's password. Format: `v1.<iv>.<tag>.<ciphertext>`
// (base64url). A changed secret makes the stored passwords unreadable: the channel then asks for
// them again (CredentialsUnreadableError), it never falls back to anything.
import crypto from "node:crypto";

const VERSION = "v1";
const HKDF_SALT = "ticketflow";
const HKDF_INFO = "mailbox-credentials/v1";

export type CredentialField = "imapPassword" | "smtpPassword";

export class CredentialsUnreadableError extends Error {
  constructor() {
    super("The stored mailbox password cannot be decrypted (the server's secret changed?): enter it again.");
    this.name = "CredentialsUnreadableError";
  }
}

/** The 32-byte key for mailbox credentials, derived from the server's secret. */
export function credentialsKey(serverSecret: string): Buffer {
  if (!serverSecret) throw new Error("The server's secret (NEXTAUTH_SECRET) is needed to store mailbox passwords.");
  return Buffer.from(crypto.hkdfSync("sha256", serverSecret, HKDF_SALT, HKDF_INFO, 32));
}

const aad = (channelId: string, field: CredentialField) => Buffer.from(`${channelId}\0${field}`);

export function encryptCredential(key: Buffer, channelId: string, field: CredentialField, plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(aad(channelId, field));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function decryptCredential(key: Buffer, channelId: string, field: CredentialField, stored: string): string {
  const [version, iv, tag, body, ...rest] = stored.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined || rest.length > 0)
    throw new CredentialsUnreadableError();
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(aad(channelId, field));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new CredentialsUnreadableError();
  }
}
