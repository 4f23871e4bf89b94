// The e2e server's environment, set before any app module is imported: modules such as the
// logger read lib/env/index.ts when they load, and lib/env/index.ts parses process.env once.
import fs from "node:fs";
import { E2E_PASSWORD } from "../e2e/support/roles";

const port = process.env.E2E_PORT;
if (!port) throw new Error("E2E_PORT is not set (playwright.config.ts sets it).");

export const e2ePort = port;
export const e2eDataDir = `.tmp/e2e-data-${port}`;
fs.rmSync(e2eDataDir, { recursive: true, force: true });
Object.assign(process.env, {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  TICKETFLOW_DATA_DIR: e2eDataDir,
  TICKETFLOW_DEMO_PASSWORD: E2E_PASSWORD,
  TICKETFLOW_BOOTSTRAP_API_KEY: process.env.E2E_API_KEY,
  NEXTAUTH_SECRET: "e2e-nextauth-secret",
  EVENTS_SECRET: process.env.E2E_EVENTS_SECRET,
  // The Settings > Jobs spec's webhook receiver listens on 127.0.0.1, as an internal receiver an admin lists.
  TICKETFLOW_WEBHOOK_ALLOWED_HOSTS: "127.0.0.1",
  ...(process.env.E2E_SMTP_PORT
    ? { TICKETFLOW_SMTP_INBOUND_ENABLED: "true", TICKETFLOW_SMTP_INBOUND_PORT: process.env.E2E_SMTP_PORT }
    : {}),
});
