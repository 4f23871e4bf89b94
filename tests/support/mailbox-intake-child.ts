// A process reading connected mailboxes as the app does (lib/mailboxes/intake: the supervisor,
// its lease and its readers, filing through the SMTP path), for the kill -9 test of issue 18
// (tests/integration/reliability-mailbox-kill.test.ts). Run as `node --conditions=react-server
// --import tsx`. CHILD_DB: a postgresql:// URL or a PGlite data folder (migrated and seeded);
// CHILD_INSTANCE: its name in the lease. Short leases, so a killed holder's mailbox is taken over
// within seconds. POST /progress answers the intake's state and how many of the test's messages
// are filed (the PGlite folder is locked by this process). Prints {port} when listening.
import { useDbHandle } from "@/lib/db";
import { serve } from "@/bench/support/http-load";
import { startMailboxIntake } from "@/lib/mailboxes/intake/supervisor";
import { openTarget } from "./kill-cycle";

/** What the test reads while the child runs. */
const MAILBOX_PROGRESS = `SELECT
  (SELECT count(*)::int FROM "Message" WHERE "messageId" LIKE '%@kill.mailbox.test>') AS filed,
  (SELECT count(*)::int FROM "MailboxSkippedMessage") AS skipped,
  m."intakeState" AS "intakeState", m."leaseHolder" AS "leaseHolder", m."importState" AS "importState",
  m."importDone" AS "importDone", m."importTotal" AS "importTotal", m."filedUid"::int AS "filedUid",
  m."settledUid"::int AS "settledUid"
  FROM "ChannelMailbox" m LIMIT 1`;

export interface MailboxProgress {
  filed: number;
  skipped: number;
  intakeState: string;
  leaseHolder: string | null;
  importState: string;
  importDone: number;
  importTotal: number;
  filedUid: number;
  settledUid: number;
}

async function main(): Promise<void> {
  const handle = openTarget(process.env.CHILD_DB!, 4);
  await handle.migrate();
  useDbHandle(handle);
  const intake = startMailboxIntake({
    instance: process.env.CHILD_INSTANCE,
    scanMs: 200,
    pollMs: 1_000,
    renewMs: 300,
    leaseMs: 2_000,
    retryDelayMs: () => 300,
  });
  const server = await serve(async () => Response.json((await handle.sql.query(MAILBOX_PROGRESS))[0]));
  process.stdout.write(`${JSON.stringify({ port: Number(new URL(server.url).port) })}\n`);
  process.on("SIGTERM", async () => {
    await intake.stop();
    await server.close();
    await handle.close();
    process.exit(0);
  });
}

void main();
