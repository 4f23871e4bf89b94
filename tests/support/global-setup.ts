// Migrates and seeds one template database for the whole integration run.
import fs from "node:fs";
import { openDb } from "@/lib/db/open";
import { seedDemoData } from "@/prisma/seed";
import { TEST_BOOTSTRAP_KEY, TEST_PASSWORD, postgresServerUrl } from "./test-database";
import { createScratchDatabase } from "./scratch-database";

const seedOptions = { demoPassword: TEST_PASSWORD, bootstrapApiKey: TEST_BOOTSTRAP_KEY };

export default async function setup(): Promise<() => Promise<void>> {
  const server = postgresServerUrl();
  if (!server) {
    const handle = openDb({ kind: "pglite" });
    await handle.migrate();
    await seedDemoData(handle.prisma, seedOptions);
    const dump = await handle.pglite!.dumpDataDir("gzip");
    // One file per run: several runs may share this working tree.
    const file = `.tmp/test-template-${process.pid}.tar.gz`;
    fs.mkdirSync(".tmp", { recursive: true });
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    process.env.TICKETFLOW_TEST_TEMPLATE_DUMP = file;
    await handle.close();
    return async () => fs.rmSync(file, { force: true });
  }
  const template = await createScratchDatabase(server, "tf_tpl");
  const handle = openDb({ kind: "postgres", connectionString: template.url });
  await handle.migrate();
  await seedDemoData(handle.prisma, seedOptions);
  await handle.close();
  process.env.TICKETFLOW_TEST_TEMPLATE_DB = template.name;
  return () => template.drop();
}
