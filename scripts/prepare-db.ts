// CLI step run before the server starts (never beside it): migrate, then seed an empty
// database, then print the demo users. `npm run db:prepare`.
import { loadEnvConfig } from "@next/env";
import { env } from "@/lib/env";
import { dbConfigFromEnv } from "@/lib/db";
import { openDb } from "@/lib/db/open";
import { seedDemoData } from "@/prisma/seed";
import { DEMO_USERS } from "@/prisma/seed-data";

export async function prepareDatabase(): Promise<void> {
  const config = dbConfigFromEnv();
  const where = config.kind === "pglite" ? `embedded PGlite in ${env().TICKETFLOW_DATA_DIR}` : "PostgreSQL";
  const handle = openDb(config);
  try {
    const started = Date.now();
    const applied = await handle.migrate();
    console.log(`Database: ${where}; ${applied.length} migration(s) applied in ${Date.now() - started} ms.`);
    const result = await seedDemoData(handle.prisma, {
      demoPassword: env().TICKETFLOW_DEMO_PASSWORD,
      bootstrapApiKey: env().TICKETFLOW_BOOTSTRAP_API_KEY,
    });
    printDemoUsers(result.seeded ? result.password : undefined, result.seeded && result.passwordGenerated);
  } finally {
    await handle.close();
  }
}

function printDemoUsers(password: string | undefined, generated: boolean): void {
  console.log("\nDemo users:");
  for (const user of DEMO_USERS) console.log(`  ${user.email.padEnd(26)} ${user.role}`);
  if (password) {
    console.log(`  password: ${password}${generated ? "   (generated now and shown once: note it)" : ""}`);
  } else {
    console.log("  password: the one printed when this database was first seeded (or TICKETFLOW_DEMO_PASSWORD)");
  }
  console.log("");
}

if (require.main === module) {
  loadEnvConfig(process.cwd());
  prepareDatabase().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
