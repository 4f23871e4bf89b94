// Mailbox intake in this server process (started by lib/server-start.ts after the migrations):
// on unless TICKETFLOW_MAILBOX_INTAKE is off. Every instance runs it; the leases decide which one
// reads which mailbox.
import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { startMailboxIntake, type MailboxIntake } from "./intake/supervisor";
import { installMailboxSending } from "./sending/mailbox-sender";

const globalForIntake = globalThis as unknown as { ticketflowMailboxIntake?: MailboxIntake | null };

export function startMailboxIntakeFromEnv(): MailboxIntake | null {
  if (globalForIntake.ticketflowMailboxIntake !== undefined) return globalForIntake.ticketflowMailboxIntake;
  installMailboxSending(); // any instance may send through a connected mailbox
  const config = env();
  if (!config.TICKETFLOW_MAILBOX_INTAKE) {
    logger.info("TICKETFLOW_MAILBOX_INTAKE=off: this process reads no connected mailbox");
    return (globalForIntake.ticketflowMailboxIntake = null);
  }
  globalForIntake.ticketflowMailboxIntake = startMailboxIntake({
    pollMs: config.TICKETFLOW_MAILBOX_POLL_SECONDS * 1000,
    maxBytes: config.TICKETFLOW_SMTP_INBOUND_MAX_BYTES,
  });
  return globalForIntake.ticketflowMailboxIntake;
}
