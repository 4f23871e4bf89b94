import { describe, expect, it } from "vitest";
import { credentialsKey, CredentialsUnreadableError, decryptCredential, encryptCredential } from "./credentials-crypto";

const key = credentialsKey("server-secret-one");

describe("mailbox credentials at rest", () => {
  it("round-trips a password, with a fresh IV each time and no plaintext in the stored value", () => {
    const a = encryptCredential(key, "ch1", "imapPassword", "hunter2 ünïcode");
    const b = encryptCredential(key, "ch1", "imapPassword", "hunter2 ünïcode");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]*$/);
    expect(a).not.toContain("hunter2");
    expect(decryptCredential(key, "ch1", "imapPassword", a)).toBe("hunter2 ünïcode");
  });

  it("derives a 32-byte key that depends on the secret", () => {
    expect(key).toHaveLength(32);
    expect(credentialsKey("server-secret-one").equals(key)).toBe(true);
    expect(credentialsKey("server-secret-two").equals(key)).toBe(false);
    expect(() => credentialsKey("")).toThrow(/NEXTAUTH_SECRET/);
  });

  it("refuses another secret, another channel, another field and a tampered value", () => {
    const stored = encryptCredential(key, "ch1", "smtpPassword", "s3cret");
    const unreadable = (fn: () => string) => expect(fn).toThrow(CredentialsUnreadableError);
    unreadable(() => decryptCredential(credentialsKey("other"), "ch1", "smtpPassword", stored));
    unreadable(() => decryptCredential(key, "ch2", "smtpPassword", stored));
    unreadable(() => decryptCredential(key, "ch1", "imapPassword", stored));
    const [v, iv, tag, body] = stored.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    unreadable(() =>
      decryptCredential(key, "ch1", "smtpPassword", [v, iv, tag, flipped.toString("base64url")].join(".")),
    );
    unreadable(() => decryptCredential(key, "ch1", "smtpPassword", "plain-text-password"));
  });
});
