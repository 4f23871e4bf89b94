// The server Playwright starts: a fresh embedded database with known demo passwords,
// migrated and seeded, then the production build on E2E_PORT.
import fs from "node:fs";
import { prepareDatabase } from "./prepare-db";
import { buildIfStale } from "./build-if-stale";
import { serve } from "./serve";
import { E2E_PASSWORD } from "../e2e/support/roles";

async function main(): Promise<void> {
  const port = process.env.E2E_PORT;
  if (!port) throw new Error("E2E_PORT is not set (playwright.config.ts sets it).");
  const dataDir = `.tmp/e2e-data-${port}`;
  fs.rmSync(dataDir, { recursive: true, force: true });
  Object.assign(process.env, {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    TICKETFLOW_DATA_DIR: dataDir,
    TICKETFLOW_DEMO_PASSWORD: E2E_PASSWORD,
    TICKETFLOW_BOOTSTRAP_API_KEY: process.env.E2E_API_KEY,
    NEXTAUTH_SECRET: "e2e-nextauth-secret",
    EVENTS_SECRET: process.env.E2E_EVENTS_SECRET,
  });
  await prepareDatabase();
  buildIfStale();
  serve(port);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
