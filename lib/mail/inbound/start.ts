// The inbound SMTP server of this process, from the environment (started by instrumentation.ts
// beside the in-process job worker). Off unless TICKETFLOW_SMTP_INBOUND_ENABLED is true.
import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { startInboundSmtp, type InboundSmtpServer } from "./server";

const globalForInbound = globalThis as unknown as { ticketflowInboundSmtp?: Promise<InboundSmtpServer | null> };

/** Idempotent. A port that cannot be bound is logged; the web server keeps serving. */
export function startInboundSmtpFromEnv(): Promise<InboundSmtpServer | null> {
  globalForInbound.ticketflowInboundSmtp ??= (async () => {
    const config = env();
    if (!config.TICKETFLOW_SMTP_INBOUND_ENABLED) return null;
    try {
      return await startInboundSmtp({
        host: config.TICKETFLOW_SMTP_INBOUND_HOST,
        port: config.TICKETFLOW_SMTP_INBOUND_PORT,
        maxBytes: config.TICKETFLOW_SMTP_INBOUND_MAX_BYTES,
        maxClients: config.TICKETFLOW_SMTP_INBOUND_MAX_CLIENTS,
        connectionsPerMinute: config.TICKETFLOW_SMTP_INBOUND_CONNECTIONS_PER_MINUTE,
      });
    } catch (error) {
      logger.error({ err: error }, "the inbound SMTP server could not start; email will not be received");
      return null;
    }
  })();
  return globalForInbound.ticketflowInboundSmtp;
}
