// A process serving the real events handler (lib/events/events-endpoint.ts, the same transaction
// as POST /api/v1/events under Next) behind node:http, for the kill -9 reliability test. Run as
// `node --conditions=react-server --import tsx` (one process, so SIGKILL hits the server itself).
// CHILD_DB: a postgresql:// URL or a PGlite data folder. CHILD_SEED=1 migrates and seeds first.
// Prints one JSON line {port, channelId} when listening.
import { useDbHandle } from "@/lib/db";
import { openDb } from "@/lib/db/open";
import { eventsEndpoint } from "@/lib/events/events-endpoint";
import { seedDemoData } from "@/prisma/seed";
import { serve } from "@/bench/support/http-load";

async function main(): Promise<void> {
  const target = process.env.CHILD_DB!;
  const handle = openDb(target.startsWith("postgres") ? { kind: "postgres", connectionString: target, poolSize: 8 } : { kind: "pglite", dataDir: target });
  await handle.migrate();
  if (process.env.CHILD_SEED === "1") await seedDemoData(handle.prisma, { ticketCount: 5 });
  useDbHandle(handle);
  const [channel] = await handle.sql.query<{ id: string }>(`SELECT id FROM "Channel" WHERE name = 'Support inbox'`);
  const server = await serve(eventsEndpoint({ secrets: () => [process.env.CHILD_SECRET!] }));
  process.stdout.write(`${JSON.stringify({ port: Number(new URL(server.url).port), channelId: channel!.id })}\n`);
  process.on("SIGTERM", async () => {
    await server.close();
    await handle.close();
    process.exit(0);
  });
}

void main();
