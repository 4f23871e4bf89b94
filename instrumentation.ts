// Next calls register() once when a server starts (never during `next build`), before serving.
export async function register(): Promise<void> {
  // The Node.js server only: the edge runtime has no database. Imported here, not at the top,
  // so the edge bundle never includes the database drivers.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // An invalid environment (e.g. TICKETFLOW_SERVER_WORKER=off without PostgreSQL) stops the
  // server: Next would log the error and then hang without serving.
  const { env } = await import("@/lib/env");
  try {
    env();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  // Migrates, then starts the in-process job worker unless TICKETFLOW_SERVER_WORKER=off.
  const { startServerWorker } = await import("@/lib/jobs/server-worker");
  await startServerWorker();
  // The team inboxes' SMTP server, when TICKETFLOW_SMTP_INBOUND_ENABLED (after the migrations).
  const { startInboundSmtpFromEnv } = await import("@/lib/mail/inbound/start");
  await startInboundSmtpFromEnv();
}
