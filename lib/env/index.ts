// The one place that reads process.env: parsed once, validated, typed.
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/env/trusted-proxies";

/** A switch that is on unless set to off, false or 0. */
const onByDefault = () =>
  z
    .enum(["on", "off", "true", "false", "1", "0", ""])
    .default("on")
    .transform((value) => value !== "off" && value !== "false" && value !== "0");

const ZEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** postgresql://… → PostgreSQL; unset → embedded PGlite in TICKETFLOW_DATA_DIR. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    TICKETFLOW_DATA_DIR: z.string().min(1).default("./data"),
    /** The embedded database's page cache (PostgreSQL's shared_buffers), e.g. 32MB; default lib/db/open.ts. */
    TICKETFLOW_PGLITE_SHARED_BUFFERS: z
      .string()
      .regex(/^\d+(kB|MB|GB)$/, "a size such as 32MB")
      .optional(),
    /** Secret for the signed events endpoint (and outgoing webhooks). */
    EVENTS_SECRET: z.string().min(1).optional(),
    NEXTAUTH_SECRET: z.string().min(1).optional(),
    /** The app's public URL (scripts/serve.ts sets http://localhost:PORT); https:// → Secure cookies, HSTS. */
    NEXTAUTH_URL: z.string().optional(),
    /** Which hops in front of the app may say who the client is: unset → none (the socket's peer),
     *  a hop count, or addresses/CIDR ranges (lib/env/trusted-proxies.ts). */
    TICKETFLOW_TRUSTED_PROXIES: z
      .string()
      .default("")
      .superRefine((value, ctx) => {
        try {
          parseTrustedProxies(value);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message });
        }
      }),
    TICKETFLOW_BOOTSTRAP_API_KEY: z.string().min(16).optional(),
    TICKETFLOW_DEMO_PASSWORD: z.string().min(8).optional(),
    SMTP_URL: z.string().optional(),
    /** Inbound email (lib/mail/inbound): an SMTP server for the team inboxes, off unless "true"/"1". */
    TICKETFLOW_SMTP_INBOUND_ENABLED: z
      .enum(["true", "false", "1", "0", ""])
      .default("false")
      .transform((value) => value === "true" || value === "1"),
    TICKETFLOW_SMTP_INBOUND_PORT: z.coerce.number().int().min(0).max(65_535).default(2525),
    /** 127.0.0.1 behind a relay (the default); 0.0.0.0 to take mail from the internet directly. */
    TICKETFLOW_SMTP_INBOUND_HOST: z.string().min(1).default("127.0.0.1"),
    /** Larger messages are refused with 552 (default 10 MiB). */
    TICKETFLOW_SMTP_INBOUND_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024),
    /** Connections open at once; more are answered 421 and closed (default 100). */
    TICKETFLOW_SMTP_INBOUND_MAX_CLIENTS: z.coerce.number().int().min(1).default(100),
    /** New connections one client address may open per minute; more get 421 (default 60). */
    TICKETFLOW_SMTP_INBOUND_CONNECTIONS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
    /** Connected mailboxes (lib/mailboxes): read by this process unless "off" (leases share them out). */
    TICKETFLOW_MAILBOX_INTAKE: onByDefault(),
    /** How often a mailbox without IMAP IDLE is polled (default 30 s). */
    TICKETFLOW_MAILBOX_POLL_SECONDS: z.coerce.number().int().min(5).max(3600).default(30),
    /** Internal webhook receivers allowed despite being private/loopback: names, addresses, CIDRs,
     *  comma-separated (lib/net/allowed-hosts.ts). Empty: public unicast addresses only. */
    TICKETFLOW_WEBHOOK_ALLOWED_HOSTS: z.string().default(""),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** The job worker inside the app's server process (default on). "off" only with PostgreSQL:
     *  app instances then serve requests only, and `npm run worker` processes run the jobs. */
    TICKETFLOW_SERVER_WORKER: onByDefault(),
    /** On PostgreSQL the production server answers POST /api/v1/events on a thread of its own
     *  (lib/events/events-thread.ts; default on); "off" answers them on the main thread. PGlite: always the main thread. */
    TICKETFLOW_EVENTS_THREAD: onByDefault(),
  })
  .refine((config) => config.TICKETFLOW_SERVER_WORKER || config.DATABASE_URL !== undefined, {
    path: ["TICKETFLOW_SERVER_WORKER"],
    message:
      "off needs DATABASE_URL (PostgreSQL): the embedded PGlite database belongs to the server process, so its jobs can only run there",
  });

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (!cached) {
    const parsed = ZEnv.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment:\n${lines.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** Tests change the environment between files; this forgets the parsed copy. */
export function resetEnvForTests(): void {
  cached = undefined;
}
