// The passwords a save or a connection test uses: the ones typed now, else the stored ones (the
// form never receives them back). A stored password that no longer decrypts must be typed again.
import "server-only";
import { AppError } from "@/lib/errors";
import { CredentialsUnreadableError } from "./credentials-crypto";
import { openCredential } from "./stored-mailbox";
import type { TMailboxSettings } from "./schemas";

export interface StoredPasswords {
  channelId: string;
  imapPassword: string;
  smtpPassword: string;
}

function storedOr(typed: string, stored: StoredPasswords | null, field: keyof Omit<StoredPasswords, "channelId">) {
  if (typed) return typed;
  if (!stored)
    throw new AppError("BAD_REQUEST", "Check the highlighted fields.", [
      { path: [field], message: "Enter the password" },
    ]);
  try {
    return openCredential(stored.channelId, field, stored[field]);
  } catch (error) {
    if (!(error instanceof CredentialsUnreadableError)) throw error;
    throw new AppError("BAD_REQUEST", error.message, [{ path: [field], message: "Enter the password again" }]);
  }
}

/** Plain passwords for these settings: typed, or kept from the stored mailbox. */
export function passwordsFor(input: TMailboxSettings, stored: StoredPasswords | null) {
  const imap = storedOr(input.imapPassword, stored, "imapPassword");
  const smtp = input.smtpSameCredentials ? imap : storedOr(input.smtpPassword, stored, "smtpPassword");
  return { imap, smtp, smtpUser: input.smtpSameCredentials ? input.imapUser : input.smtpUser };
}
