// What a Next server process starts before serving (called from instrumentation.ts, Node.js
// runtime only, so nothing here is bundled for the edge).
import "server-only";
import { env } from "@/lib/env";

export async function startServerServices(): Promise<void> {
  // An invalid environment (e.g. TICKETFLOW_SERVER_WORKER=off without PostgreSQL) stops the
  // server: Next would log the error and then hang without serving.
  try {
    env();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  // No built-in fallback: a secret anyone can read in the source would let anyone forge sessions.
  if (!env().NEXTAUTH_SECRET) {
    console.error(
      "NEXTAUTH_SECRET is not set. Start with `npm start` or `npm run dev` (they generate one and keep it in " +
        "$TICKETFLOW_DATA_DIR/secrets.json), or set it in the environment.",
    );
    process.exit(1);
  }
  // Before the first request is handled: who is asking, from the socket (lib/http/peer-stamp.ts).
  const { installPeerStamp } = await import("@/lib/http/peer-stamp");
  installPeerStamp();
  // Imported only now: some modules read the environment when they load.
  const { startServerWorker } = await import("@/lib/jobs/server-worker");
  const { startInboundSmtpFromEnv } = await import("@/lib/mail/inbound/start");
  // Migrates, then starts the in-process job worker unless TICKETFLOW_SERVER_WORKER=off.
  await startServerWorker((await import("@/lib/job-handlers")).jobHandlers);
  // The team inboxes' SMTP server, when TICKETFLOW_SMTP_INBOUND_ENABLED (after the migrations).
  await startInboundSmtpFromEnv();
  // Connected mailboxes (IMAP intake), after the migrations.
  const { startMailboxIntakeFromEnv } = await import("@/lib/mailboxes/start");
  startMailboxIntakeFromEnv();
  // The hot route the production server answers outside Next (lib/http/direct-routes.ts).
  await import("@/lib/events/events-route");
}
