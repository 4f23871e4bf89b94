// `npm start`: migrate + seed (first start), build when the sources changed, then serve.
import { loadEnvConfig } from "@next/env";
import { prepareDatabase } from "./prepare-db";
import { ensureLocalSecrets } from "./local-secrets";
import { buildIfStale } from "./build-if-stale";
import { serve } from "./serve";

async function main(): Promise<void> {
  loadEnvConfig(process.cwd());
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  ensureLocalSecrets();
  await prepareDatabase();
  buildIfStale();
  const port = process.env.PORT ?? "3000";
  console.log(`Ticketflow: http://localhost:${port}  (sign in with a demo user above)\n`);
  serve(port, { host: process.env.HOST || undefined });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
