// `npm run worker [-- --concurrency 8 --poll-interval 1000]`: a standalone job worker. With
// PostgreSQL, run as many as the load needs, beside the app instances (each also runs one).
// With the embedded database the server runs the jobs itself, and its lock keeps this out.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { loadEnvConfig } from "@next/env";

const SERVER_CONDITION = "--conditions=react-server";

// Handlers reuse the data layer, whose modules import "server-only" (a marker that throws
// unless resolved with the react-server condition, as Next does on the server). This process is
// server-side by definition, so run it under that condition (re-executing itself once if needed).
function hasServerCondition(): boolean {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ");
  return /(--conditions[= ]|-C ?)react-server/.test(flags);
}

function reExecWithServerCondition(): void {
  const child = spawn(process.execPath, [...process.execArgv, SERVER_CONDITION, ...process.argv.slice(1)], {
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { concurrency: { type: "string", default: "4" }, "poll-interval": { type: "string", default: "1000" } },
  });
  loadEnvConfig(process.cwd());
  // after loadEnvConfig: lib/logger reads the environment when first imported
  const { dbHandle } = await import("@/lib/db");
  const { logger } = await import("@/lib/logger");
  const { startWorker } = await import("@/lib/jobs/worker");
  const { jobHandlers } = await import("@/lib/job-handlers");
  // Emails of a team inbox with a connected mailbox go out through its SMTP (lib/mailboxes).
  (await import("@/lib/mailboxes/sending/mailbox-sender")).installMailboxSending();

  const handle = dbHandle();
  const applied = await handle.migrate();
  if (applied.length > 0) logger.info({ applied }, "applied pending migrations");
  const worker = startWorker({
    handle,
    handlers: jobHandlers,
    concurrency: Number(values.concurrency),
    pollIntervalMs: Number(values["poll-interval"]),
  });

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1); // a second signal: do not wait
    stopping = true;
    logger.info({ signal, running: worker.running }, "stopping: waiting for running jobs");
    await worker.stop();
    await handle.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (hasServerCondition()) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
} else {
  reExecWithServerCondition();
}
