// Issue 18 item 1: "Connect a mailbox" on a team email channel — admins only, passwords sealed at
// rest and never read back out (not in the page's view, not in History), field-level validation,
// and "Test connection" against a real Dovecot and SMTP server saying exactly what failed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  disconnectMailboxAction,
  importExistingMailAction,
  saveMailboxAction,
  testMailboxConnectionAction,
} from "@/lib/mailboxes/actions";
import { findMailboxView } from "@/lib/mailboxes/mailbox-view";
import { loadMailboxConnection } from "@/lib/mailboxes/stored-mailbox";
import { startDovecot, type Dovecot } from "../support/dovecot";
import { inboxChannelId, mailboxSettings, useServerSecret } from "../support/mailboxes";
import { startSubmissionServer } from "../support/submission-server";
import { actAs } from "../support/users";
import { callApi } from "../support/api";
import { GET as listChannelsRoute } from "@/app/api/v1/channels/route";
import { expectFailure, expectOk } from "../support/status-actions";

let dovecot: Dovecot;
let smtp: Awaited<ReturnType<typeof startSubmissionServer>>;
let channelId: string;

beforeAll(async () => {
  useServerSecret();
  dovecot = await startDovecot();
  smtp = await startSubmissionServer(dovecot.user, dovecot.password);
  channelId = await inboxChannelId("Billing inbox");
});
afterAll(async () => {
  await smtp?.close();
  dovecot?.dispose();
});

const settings = (overrides = {}) => mailboxSettings(channelId, dovecot, smtp.port, overrides);
const history = () =>
  db.settingsChange.findMany({
    where: { scope: `channel:${channelId}`, entityType: "channel_mailbox" },
    orderBy: { id: "asc" },
  });

describe("connect a mailbox", () => {
  it("refuses agents on every mailbox action", async () => {
    await actAs("AGENT");
    expectFailure(await saveMailboxAction(settings()), "FORBIDDEN", 403);
    expectFailure(await testMailboxConnectionAction(settings()), "FORBIDDEN", 403);
    expectFailure(await disconnectMailboxAction({ channelId }), "FORBIDDEN", 403);
    expectFailure(await importExistingMailAction({ channelId }), "FORBIDDEN", 403);
    expect(await db.channelMailbox.count()).toBe(0);
  });

  it("names each bad field", async () => {
    await actAs("ACCOUNT_ADMIN");
    const failure = expectFailure(
      await saveMailboxAction(
        settings({
          imapHost: "imaps://mail.example.com/",
          imapPort: 0,
          imapPassword: "",
          smtpHost: "smtp.example.com",
          smtpSecurity: "none",
          afterFiling: "move",
          moveToFolder: null,
        }),
      ),
      "BAD_REQUEST",
      400,
    );
    expect(Object.fromEntries(failure.issues.map((i) => [i.path.join("."), i.message]))).toEqual({
      imapHost: "Enter a host name such as imap.example.com (no scheme, port or path)",
      imapPort: "Ports run from 1 to 65535",
      imapPassword: "Enter the mailbox password (or app password)",
      imapSecurity: "Without TLS the password would cross the network in clear: choose TLS or STARTTLS",
      smtpSecurity: "Without TLS the password would cross the network in clear: choose TLS or STARTTLS",
      moveToFolder: "Enter the folder filed messages are moved to",
    });
    const email = await db.channel.findFirstOrThrow({ where: { type: "CHAT" }, select: { id: true } });
    expect(
      expectFailure(await saveMailboxAction({ ...settings(), channelId: email.id }), "BAD_REQUEST", 400).message,
    ).toBe("Only a team email channel can connect a mailbox.");
  });

  it("stores the passwords encrypted, never shows them, and records the change in History without them", async () => {
    await actAs("ACCOUNT_ADMIN");
    expect(expectOk(await saveMailboxAction(settings()))).toEqual({ version: 1 });
    const row = await db.channelMailbox.findUniqueOrThrow({ where: { channelId } });
    expect(row.imapPassword).toMatch(/^v1\./);
    expect(
      JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value)),
    ).not.toContain(dovecot.password);
    const view = await findMailboxView(channelId);
    expect(view).not.toHaveProperty("imapPassword");
    expect(view).not.toHaveProperty("smtpPassword");
    expect(JSON.stringify(view)).not.toContain(dovecot.password);
    expect((await loadMailboxConnection(channelId))?.imap.password).toBe(dovecot.password);
    const rows = await history();
    expect(rows.map((r) => r.field)).toEqual(
      expect.arrayContaining(["connected", "imapHost", "imapPassword", "smtpPassword"]),
    );
    expect(JSON.stringify(rows)).not.toContain(dovecot.password);
    expect(rows[0]).toMatchObject({ actorName: "Avery Admin" });
    // The public API's answers about channels hold neither the password nor its ciphertext.
    const api = await callApi(listChannelsRoute, { path: "/api/v1/channels", params: {} });
    expect(api.status).toBe(200);
    expect(JSON.stringify(api.body)).not.toContain(dovecot.password);
    expect(JSON.stringify(api.body)).not.toContain(row.imapPassword);
    expect(api.body.find((c: { id: string }) => c.id === channelId)).not.toHaveProperty("mailbox");

    // Saving again without typing the password keeps it; a stale version is refused.
    expectOk(await saveMailboxAction(settings({ expectedVersion: 1, imapPassword: "", folder: "Filed" })));
    expect((await loadMailboxConnection(channelId))?.imap.password).toBe(dovecot.password);
    expectFailure(await saveMailboxAction(settings({ expectedVersion: 1, imapPassword: "" })), "CONFLICT", 409);
  });

  it("Test connection: both sides sign in, folders found (stored passwords used when left empty)", async () => {
    await actAs("SUPER_ADMIN");
    const check = expectOk(await testMailboxConnectionAction(settings({ expectedVersion: 2, imapPassword: "" })));
    expect(check.imap).toMatchObject({ ok: true, message: expect.stringContaining('sent replies go to "Sent"') });
    expect(check.smtp).toEqual({ ok: true, message: "Signed in; ready to send." });
  });

  it("Test connection says exactly what failed: password, TLS certificate, missing folder, DNS, refused port", async () => {
    await actAs("SUPER_ADMIN");
    const wrong = expectOk(
      await testMailboxConnectionAction(settings({ imapPassword: "wrong", smtpSameCredentials: true })),
    );
    expect(wrong.imap).toEqual({
      ok: false,
      stage: "auth",
      message: `IMAP 127.0.0.1:${dovecot.port}: the server refused the user name or password (authentication failed).`,
    });
    expect(wrong.smtp).toMatchObject({ ok: false, stage: "auth" });

    const tls = expectOk(
      await testMailboxConnectionAction(settings({ imapSecurity: "tls", imapPort: dovecot.tlsPort })),
    );
    expect(tls.imap).toEqual({
      ok: false,
      stage: "tls",
      message: `IMAP 127.0.0.1:${dovecot.tlsPort}: the TLS connection failed: self-signed certificate.`,
    });

    const folder = expectOk(await testMailboxConnectionAction(settings({ folder: "Support/Escalations" })));
    expect(folder.imap).toEqual({
      ok: false,
      stage: "folder",
      message: 'IMAP: the folder "Support/Escalations" does not exist in this mailbox.',
    });

    // RFC 6761: .invalid never resolves, so the resolver's own answer is what is described.
    const dns = expectOk(
      await testMailboxConnectionAction(settings({ imapHost: "imap.tf-test.invalid", imapSecurity: "tls" })),
    );
    expect(dns.imap).toEqual({
      ok: false,
      stage: "dns",
      message: "IMAP: the host name imap.tf-test.invalid could not be found (DNS).",
    });

    const closed = expectOk(await testMailboxConnectionAction(settings({ smtpPort: 1 })));
    expect(closed.smtp).toMatchObject({
      ok: false,
      stage: "tcp",
      message: expect.stringContaining("127.0.0.1:1: could not connect"),
    });
  });

  it("disconnects: settings and passwords gone, History says so", async () => {
    await actAs("ACCOUNT_ADMIN");
    expectOk(await disconnectMailboxAction({ channelId }));
    expect(await db.channelMailbox.count({ where: { channelId } })).toBe(0);
    expect((await history()).at(-1)).toMatchObject({ field: "connected", before: true, after: false });
    expectFailure(await disconnectMailboxAction({ channelId }), "NOT_FOUND", 404);
  });
});
