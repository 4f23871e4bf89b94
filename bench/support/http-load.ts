// A closed-loop HTTP load generator (N connections, each sending its next request when the last
// answered) and a tiny node:http host for a fetch-style handler, for the benchmarks.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type FetchHandler = (request: Request) => Promise<Response>;

export async function serve(handler: FetchHandler): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
    const request = new Request(`http://localhost${req.url}`, {
      method: req.method,
      headers,
      body: req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks),
    });
    const response = await handler(request);
    res.writeHead(response.status, Object.fromEntries(response.headers)); // Retry-After too
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface LoadResult {
  /** Answered in the measured part. */
  requests: number;
  /** Answered in the warm-up before it (not in the figures; their CPU is in a server's). */
  warmupRequests: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The figures of one load: `latencies` of the measured part's answers over its `seconds`. */
function loadResult(latencies: number[], warmupRequests: number, failures: number, seconds: number): LoadResult {
  return {
    requests: latencies.length,
    warmupRequests,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures,
  };
}

/** Rounds of one load taken in turns, as one figure over `seconds` in all: their requests added up,
 *  the worst round's p50 and p99. */
export function combineRounds(runs: LoadResult[], seconds: number): LoadResult {
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  return {
    requests,
    warmupRequests: runs.reduce((sum, r) => sum + r.warmupRequests, 0),
    perSecond: requests / seconds,
    p50: Math.max(...runs.map((r) => r.p50)),
    p99: Math.max(...runs.map((r) => r.p99)),
    failures: runs.reduce((sum, r) => sum + r.failures, 0),
  };
}

/** POSTs one body; resolves with the status code. */
function poster(url: string, agent: http.Agent) {
  return (body: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request(url, { method: "POST", agent, headers }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
      req.end(body);
    });
}

/** Open loop: `perSecond` requests a second for `seconds`, each sent on time whatever the
 *  answers before it (at most `maxInFlight` at once), until `seconds` have passed or `stop` is
 *  aborted (then none is sent after it; those in flight are counted when answered). */
export async function loadAtRate(options: {
  url: string;
  perSecond: number;
  seconds: number;
  maxInFlight: number;
  next: () => { body: string; headers: Record<string, string> };
  /** Sent first at the same rate and not counted: a cold server's start-up (connections, plans,
   *  JIT) is not its steady state. Default 0. */
  warmupSeconds?: number;
  stop?: AbortSignal;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxInFlight });
  const post = poster(options.url, agent);
  const latencies: number[] = [];
  let failures = 0;
  let warmupRequests = 0;
  const warmup = Math.round(options.perSecond * (options.warmupSeconds ?? 0));
  const begun = performance.now();
  let started = begun; // of the measured part
  const total = warmup + Math.round(options.perSecond * options.seconds);
  const inFlight = new Set<Promise<void>>();
  for (let i = 0; i < total; i++) {
    const due = begun + (i * 1000) / options.perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (inFlight.size >= options.maxInFlight) await Promise.race(inFlight);
    if (options.stop?.aborted) break;
    if (i === warmup) started = performance.now();
    const counted = i >= warmup;
    const { body, headers } = options.next();
    const sent = performance.now();
    const request: Promise<void> = post(body, headers).then(
      (status) => {
        if (!counted) return void warmupRequests++;
        latencies.push(performance.now() - sent);
        if (status !== 200) failures++;
      },
      () => void (counted && failures++),
    );
    const tracked = request.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }
  await Promise.all(inFlight);
  agent.destroy();
  return loadResult(latencies, warmupRequests, failures, (performance.now() - started) / 1000);
}

/** `connections` loops, each POSTing `next(connection)` bodies for `seconds` (after a warm-up). */
export async function load(options: {
  url: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  next: (connection: number) => { body: string; headers: Record<string, string> };
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let failures = 0;
  let warmupRequests = 0;
  const warmupEnds = performance.now() + options.warmupSeconds * 1000;
  const ends = warmupEnds + options.seconds * 1000;
  const post = poster(options.url, agent);
  await Promise.all(
    Array.from({ length: options.connections }, async (_, connection) => {
      while (performance.now() < ends) {
        const { body, headers } = options.next(connection);
        const started = performance.now();
        const status = await post(body, headers);
        if (started < warmupEnds) warmupRequests++;
        else {
          latencies.push(performance.now() - started);
          if (status !== 200) failures++;
        }
      }
    }),
  );
  agent.destroy();
  return loadResult(latencies, warmupRequests, failures, options.seconds);
}
