// Issue 18 item 5: kill -9 of the process reading a connected mailbox in the middle of a batch,
// then restart: every message filed exactly once (counted by Message-ID), none skipped. The
// reader is a child process running the app's mailbox intake (tests/support/mailbox-intake-child.ts:
// supervisor, lease, readers, the SMTP filing path) against a throw-away Dovecot on a database of
// its own. The batch is both kinds of work at once: a backlog of new mail (arrived while the app
// was down) and an "import existing mail" of the mail that was there before it was connected.
// On PostgreSQL a second test runs two instances and kills the one holding the lease: the other
// takes the mailbox over when the lease expires (issue 18 item 4).
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { dbHandle, useDbHandle } from "@/lib/db";
import type { DbHandle } from "@/lib/db/open";
import { requestImport } from "@/lib/mailboxes/request-import";
import { seedDemoData } from "@/prisma/seed";
import { startDovecot, type Dovecot } from "../support/dovecot";
import { killHard, openTarget, scratchTarget, startChild, stopChild, type KillableServer } from "../support/kill-cycle";
import type { MailboxProgress } from "../support/mailbox-intake-child";
import {
  ADMIN,
  connectMailbox,
  inboxChannelId,
  mailboxSettings,
  rawEmail,
  useServerSecret,
} from "../support/mailboxes";

const OLD = 30; // in the folder before it was connected: filed only by "import existing mail"
const NEW = 90; // arrived while the app was down: the backlog the restarted app files
const KILL_AT = 20; // filed messages before the kill (of OLD + NEW): in the middle of the backlog
const KILL_IN_IMPORT = NEW + 8; // a second kill in the middle of the import (new mail goes first)
const CHILD = "tests/support/mailbox-intake-child.ts";
const POSTGRES = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;

let dovecot: Dovecot;
const children: KillableServer[] = [];
const drops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  useServerSecret();
  dovecot = await startDovecot();
});
afterEach(async () => {
  await Promise.all(children.splice(0).map(stopChild));
  for (const drop of drops.splice(0)) await drop();
});
afterAll(() => dovecot?.dispose());

const ids = (tag: string, n: number) => Array.from({ length: n }, (_, i) => `<${tag}-${i}@kill.mailbox.test>`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` with the app's database set to `handle` (the test file's own is put back after). */
async function withDatabase<T>(handle: DbHandle, work: () => Promise<T>): Promise<T> {
  const own = dbHandle();
  useDbHandle(handle);
  try {
    return await work();
  } finally {
    useDbHandle(own);
  }
}

async function start(target: string, instance: string): Promise<KillableServer> {
  const child = await startChild(target, CHILD, { CHILD_INSTANCE: instance });
  children.push(child);
  return child;
}

async function progress(child: KillableServer): Promise<MailboxProgress> {
  return (await fetch(child.url, { method: "POST" })).json();
}

async function until(child: KillableServer, what: string, done: (p: MailboxProgress) => boolean, ms = 120_000) {
  const deadline = Date.now() + ms;
  for (let p = await progress(child); ; p = await progress(child)) {
    if (done(p)) return p;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(p)}`);
    await pause(50);
  }
}

async function appendAll(folder: string, messageIds: string[], subject: string): Promise<void> {
  const client = await dovecot.client();
  try {
    for (const [i, messageId] of messageIds.entries()) {
      await client.append(
        folder,
        rawEmail({
          messageId,
          subject: `${subject} ${i}`,
          from: `Customer ${i} <c${i}-${subject.length}@customer.example>`,
        }),
      );
    }
  } finally {
    await client.logout();
  }
}

/** UIDs of the folder's messages not flagged \Seen. */
async function unseen(folder: string): Promise<number[]> {
  const client = await dovecot.client();
  const lock = await client.getMailboxLock(folder);
  try {
    return ((await client.search({ seen: false }, { uid: true })) || []) as number[];
  } finally {
    lock.release();
    await client.logout();
  }
}

/** A database with the seeded team inbox connected to the Dovecot, whose INBOX holds OLD old
 *  messages; the app read it once (so intake began), and while it was down NEW messages arrived
 *  and an admin asked to import the existing mail. */
async function prepare(tag: string): Promise<{ target: string; folder: string; messageIds: string[] }> {
  const database = await scratchTarget(POSTGRES);
  drops.push(database.drop);
  const { target } = database;
  const [old, fresh] = [ids(`${tag}-old`, OLD), ids(`${tag}-new`, NEW)];
  const folder = `Kill-${tag}`; // a folder per test: the tests share the Dovecot
  const client = await dovecot.client();
  await client.mailboxCreate(folder);
  await client.logout();
  const handle = openTarget(target);
  try {
    await handle.migrate();
    await seedDemoData(handle.prisma, { ticketCount: 0 });
    await withDatabase(handle, async () =>
      connectMailbox(mailboxSettings(await inboxChannelId(), dovecot, 2525, { folder })),
    );
  } finally {
    await handle.close();
  }
  await appendAll(folder, old, "Old");
  const first = await start(target, `${tag}-first`);
  await until(first, "intake to begin", (p) => p.intakeState === "idle");
  await stopChild(first);
  children.splice(children.indexOf(first), 1);
  const again = openTarget(target);
  try {
    await withDatabase(again, async () => requestImport(ADMIN, await inboxChannelId()));
  } finally {
    await again.close();
  }
  await appendAll(folder, fresh, "New");
  return { target, folder, messageIds: [...old, ...fresh] };
}

/** Every message once: one Message row, one ticket each, all different; the import counted each once. */
async function expectEachOnce(target: string, messageIds: string[]): Promise<void> {
  const handle = openTarget(target);
  try {
    const found = await handle.sql.query<{ messageId: string; n: number; tickets: number }>(
      `SELECT m."messageId", count(*)::int AS n, count(DISTINCT th."ticketId")::int AS tickets
       FROM "Message" m JOIN "Thread" th ON th.id = m."threadId"
       WHERE m."messageId" LIKE '%@kill.mailbox.test>' GROUP BY m."messageId"`,
    );
    expect(found.filter((r) => r.n !== 1 || r.tickets !== 1)).toEqual([]); // nothing twice
    expect(found.map((r) => r.messageId).sort()).toEqual([...messageIds].sort()); // nothing skipped
    const [tickets] = await handle.sql.query<{ n: number }>(
      `SELECT count(DISTINCT th."ticketId")::int AS n FROM "Message" m JOIN "Thread" th ON th.id = m."threadId"
       WHERE m."messageId" LIKE '%@kill.mailbox.test>'`,
    );
    expect(tickets!.n).toBe(messageIds.length);
    const [mailbox] = await handle.sql.query<{ importState: string; importDone: number; importTotal: number }>(
      `SELECT "importState", "importDone", "importTotal" FROM "ChannelMailbox"`,
    );
    expect(mailbox).toEqual({ importState: "done", importDone: OLD, importTotal: OLD });
  } finally {
    await handle.close();
  }
}

const allFiled = (p: MailboxProgress) =>
  p.filed === OLD + NEW && p.importState === "done" && p.settledUid === p.filedUid;

it("kill -9 mid-batch (the backlog, then the import), restart: every message filed once, none skipped", async () => {
  const { target, folder, messageIds } = await prepare("one");
  for (const [cycle, killAt] of [KILL_AT, KILL_IN_IMPORT].entries()) {
    // Each start takes the lease once the dead one's expires.
    const app = await start(target, `app-${cycle}`);
    const atKill = await until(app, `${killAt} messages filed`, (p) => p.filed >= killAt);
    await killHard(app);
    children.splice(children.indexOf(app), 1);
    expect(atKill.filed).toBeLessThan(OLD + NEW); // killed mid-batch, not after it
    if (cycle === 1) expect(atKill.importDone).toBeLessThan(OLD); // …and mid-import
    console.info(`mailbox kill ${cycle}: ${atKill.filed} of ${OLD + NEW} filed (import ${atKill.importDone}/${OLD})`);
  }

  const restarted = await start(target, "app-restarted");
  const end = await until(restarted, "every message filed", allFiled);
  expect(end.leaseHolder).toMatch(/^app-restarted#/);
  expect(await unseen(folder)).toEqual([]); // every message flagged \Seen after filing
  await stopChild(restarted);
  children.splice(children.indexOf(restarted), 1);
  await expectEachOnce(target, messageIds);
}, 600_000);

it.skipIf(!POSTGRES)(
  "PostgreSQL, two instances: kill -9 of the lease holder mid-batch, the other takes over; nothing twice, nothing skipped",
  async () => {
    const { target, folder, messageIds } = await prepare("two");
    const [a, b] = [await start(target, "a"), await start(target, "b")];
    const atKill = await until(a, `${KILL_AT} messages filed`, (p) => p.filed >= KILL_AT && p.leaseHolder !== null);
    const [holder, other] = atKill.leaseHolder!.startsWith("a#") ? [a, b] : [b, a];
    await killHard(holder);
    children.splice(children.indexOf(holder), 1);
    expect(atKill.filed).toBeLessThan(OLD + NEW);
    const end = await until(other, "every message filed by the survivor", allFiled);
    expect(end.leaseHolder?.split("#")[0]).toBe(holder === a ? "b" : "a");
    expect(await unseen(folder)).toEqual([]);
    await stopChild(other);
    children.splice(children.indexOf(other), 1);
    await expectEachOnce(target, messageIds);
  },
  600_000,
);
