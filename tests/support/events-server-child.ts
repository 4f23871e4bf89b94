// A process serving the real events handler (lib/events/events-endpoint.ts, the same transaction
// as POST /api/v1/events under Next) behind node:http, with the job worker running beside it as
// in the Next server, for the kill -9 reliability test. Run as `node --conditions=react-server
// --import tsx` (one process, so SIGKILL hits the server and its worker). CHILD_DB: a
// postgresql:// URL or a PGlite data folder, migrated and seeded (tests/support/kill-cycle.ts).
// POST /open-jobs answers how many jobs are still to run and how many failed, so the test can
// wait for the worker without opening the (locked) PGlite folder. PATCH /api/v1/tickets/:id is
// the real route handlers (GET too; board moves over the API, for the database-restart test). Prints
// {port} when listening.
import { useDbHandle } from "@/lib/db";
import { openDb } from "@/lib/db/open";
import { eventsEndpoint } from "@/lib/events/events-endpoint";
import { startWorker } from "@/lib/jobs/worker";
import { jobHandlers } from "@/lib/job-handlers";
import { serve } from "@/bench/support/http-load";
import { GET as getTicket, PATCH as patchTicket } from "@/app/api/v1/tickets/[id]/route";
import { OPEN_JOBS } from "./kill-cycle";

async function main(): Promise<void> {
  const target = process.env.CHILD_DB!;
  const handle = openDb(
    target.startsWith("postgres")
      ? { kind: "postgres", connectionString: target, poolSize: 8 }
      : { kind: "pglite", dataDir: target },
  );
  await handle.migrate();
  useDbHandle(handle);
  // Short leases: a step the kill cut short is taken over within seconds of the restart.
  const worker = startWorker({
    handle,
    handlers: jobHandlers,
    concurrency: 4,
    pollIntervalMs: 200,
    leaseMs: 2_000,
    timeoutMs: 1_500,
  });
  const events = eventsEndpoint({ secrets: () => [process.env.CHILD_SECRET!] });
  const server = await serve(async (request) => {
    const { pathname } = new URL(request.url);
    const ticket = /^\/api\/v1\/tickets\/([^/]+)$/.exec(pathname);
    const params = { params: Promise.resolve({ id: ticket?.[1] ?? "" }) };
    if (ticket) return request.method === "PATCH" ? patchTicket(request, params) : getTicket(request, params);
    if (pathname !== "/open-jobs") return events(request);
    return Response.json((await handle.sql.query(OPEN_JOBS))[0]);
  });
  process.stdout.write(`${JSON.stringify({ port: Number(new URL(server.url).port) })}\n`);
  process.on("SIGTERM", async () => {
    await server.close();
    await worker.stop();
    await handle.close();
    process.exit(0);
  });
}

void main();
