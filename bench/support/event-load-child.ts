// The latency bench's event load in a process of its own (bench/latency-under-load.ts): an
// integration sending signed events at a fixed rate is another client, not part of the one that
// times a person's change, nor of the SMTP relay the email is handed to. In one process, the
// generator's own work (signing, sending, reading 200s at hundreds a second) delayed the timing
// client's reads and the relay's replies and was counted as the server's latency.
// Input: the path of a JSON file ({ url, perSecond, seconds, warmupSeconds, maxInFlight, secret, tickets });
// output: a "started" line when the warm-up is over (the measured part begins), then the
// LoadResult of the measured part as one JSON line on stdout. A line on stdin ends the load early.
import fs from "node:fs";
import { nextEvent } from "./event-fixtures";
import type { EventLoadInput } from "./event-load-process";
import { loadAtRate } from "./http-load";

const input = JSON.parse(fs.readFileSync(process.argv[2]!, "utf8")) as EventLoadInput;
const stop = new AbortController();
process.stdin.once("data", () => stop.abort());
setTimeout(() => process.stdout.write("started\n"), input.warmupSeconds * 1000);
loadAtRate({
  url: input.url,
  perSecond: input.perSecond,
  seconds: input.seconds,
  warmupSeconds: input.warmupSeconds,
  maxInFlight: input.maxInFlight,
  stop: stop.signal,
  next: () => nextEvent([input.tickets[Math.floor(Math.random() * input.tickets.length)]!], input.secret),
}).then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
