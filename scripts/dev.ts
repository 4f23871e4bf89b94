// `npm run dev`: the same preparation as `npm start` (private data folder, secrets generated once
// and kept in $TICKETFLOW_DATA_DIR/secrets.json, migrate + seed), then `next dev` on 127.0.0.1
// (HOST=0.0.0.0 to reach it from other machines). There is no built-in fallback secret.
import { loadEnvConfig } from "@next/env";
import { prepareDatabase } from "./prepare-db";
import { ensureLocalSecrets } from "./local-secrets";
import { serve } from "./serve";

async function main(): Promise<void> {
  loadEnvConfig(process.cwd());
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  ensureLocalSecrets();
  await prepareDatabase();
  const port = process.env.PORT ?? "3000";
  const host = process.env.HOST || "127.0.0.1";
  console.log(`Ticketflow (dev): http://${host === "127.0.0.1" ? "localhost" : host}:${port}\n`);
  serve(port, { dev: true, host });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
