// Inbound SMTP benchmark: `npx tsx --conditions=react-server bench/smtp-inbound.ts` (also in
// `npm run bench`). Issue 19 budget on PostgreSQL: ≥ 100 emails/s with one connection per
// message, ≥ 250/s over kept-open connections. The real server (lib/mail/inbound/server.ts) on
// 127.0.0.1 in front of a seeded throw-away database (bench/support/bench-databases.ts): each
// email is a new conversation to support@acme.example, so it stores a contact, a thread, the
// message and a ticket, and starts the "Ticket received" workflow (its jobs are left queued).
// The clients are raw sockets (a minimal SMTP dialogue, so client CPU stays small), BENCH_SMTP_
// CONCURRENCY at once (default 20: Postfix's default concurrency per destination). smtp-server
// waits 100 ms before each greeting (its "early talker" pause, kept: it is an anti-spam guard on
// a public port), so one connection per message needs concurrency, as relaying MTAs use.
import "./support/quiet-logs";
import net from "node:net";
import type { DbHandle } from "@/lib/db/open";

const MESSAGES = Number(process.env.BENCH_SMTP_MESSAGES ?? 600);
const CONCURRENCY = Number(process.env.BENCH_SMTP_CONCURRENCY ?? 20);
const INBOX = "support@acme.example";

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** One SMTP session on a socket: `command` writes a line and resolves with the reply code. */
function session(port: number): Promise<{ command: (line: string) => Promise<number>; close: () => void }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let buffer = "";
    const waiting: ((code: number) => void)[] = [];
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (line[3] === "-") continue; // a multi-line reply goes on
        waiting.shift()?.(Number(line.slice(0, 3)));
      }
    });
    socket.on("error", reject);
    const command = (line: string) =>
      new Promise<number>((done) => {
        waiting.push(done);
        if (line !== "") socket.write(`${line}\r\n`);
      });
    command("").then((greeting) => {
      if (greeting !== 220) reject(new Error(`greeting ${greeting}`));
      else resolve({ command, close: () => socket.end() });
    }, reject);
  });
}

function message(n: number): string {
  const id = `<bench-${process.pid}-${Date.now()}-${n}@customer.example>`;
  return [
    `From: Customer ${n} <customer-${n}@customer.example>`,
    `To: ${INBOX}`,
    `Subject: Order ${n} has not arrived`,
    `Message-ID: ${id}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    `Hello, my order ${n} has not arrived yet.`,
    "",
    "On Mon, 1 Dec 2026 at 10:00, Shop <shop@acme.example> wrote:",
    "> Your order has shipped.",
    ".",
  ].join("\r\n");
}

async function deliver(send: (line: string) => Promise<number>, n: number): Promise<void> {
  for (const line of [`MAIL FROM:<customer-${n}@customer.example>`, `RCPT TO:<${INBOX}>`]) {
    if ((await send(line)) !== 250) throw new Error(`${line} refused`);
  }
  if ((await send("DATA")) !== 354) throw new Error("DATA refused");
  const code = await send(message(n));
  if (code !== 250) throw new Error(`message ${n} answered ${code}`);
}

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

async function run(port: number, keepOpen: boolean, offset: number): Promise<Figures> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      let open = keepOpen ? await session(port) : null;
      if (open) await open.command("EHLO bench.example");
      while (next < MESSAGES) {
        const n = offset + next++;
        const t0 = performance.now();
        const current = open ?? (await session(port));
        if (!open) await current.command("EHLO bench.example");
        await deliver(current.command, n);
        if (!open) current.close();
        times.push(performance.now() - t0);
      }
      open?.close();
      open = null;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: MESSAGES / seconds, p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function bench(label: string, handle: DbHandle): Promise<void> {
  const { seedDemoData } = await import("@/prisma/seed");
  const { useDbHandle } = await import("@/lib/db");
  const { startInboundSmtp } = await import("@/lib/mail/inbound/server");
  await handle.migrate();
  useDbHandle(handle);
  await seedDemoData(handle.prisma, { ticketCount: 0 });
  const server = await startInboundSmtp({
    host: "127.0.0.1",
    port: 0,
    maxBytes: 1024 * 1024,
    maxClients: CONCURRENCY * 2,
    connectionsPerMinute: 1_000_000,
  });
  try {
    await run(server.port, true, 1_000_000); // warm-up: caches, prepared statements, JIT
    const perMessage = await run(server.port, false, 0);
    const keptOpen = await run(server.port, true, MESSAGES);
    const f = (x: Figures) =>
      `${x.perSecond.toFixed(0)} emails/s, p50 ${x.p50.toFixed(1)} ms, p99 ${x.p99.toFixed(1)} ms`;
    console.log(`${label}: one connection per message: ${f(perMessage)}`);
    console.log(`${label}: kept-open connections: ${f(keptOpen)}`);
  } finally {
    await server.close();
    useDbHandle(undefined);
  }
}

async function main(): Promise<void> {
  const { onBenchDatabases } = await import("./support/bench-databases");
  console.log(`${MESSAGES} emails per run, ${CONCURRENCY} clients at once, each a new ticket`);
  await onBenchDatabases(bench);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
