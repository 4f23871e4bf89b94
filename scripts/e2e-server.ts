// The server Playwright starts: a fresh embedded database with known demo passwords,
// migrated and seeded, then the production build on E2E_PORT.
import { e2ePort } from "./e2e-env"; // first: sets the environment the other imports read
import { prepareDatabase } from "./prepare-db";
import { buildIfStale } from "./build-if-stale";
import { serve } from "./serve";

async function main(): Promise<void> {
  await prepareDatabase();
  buildIfStale();
  serve(e2ePort);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
