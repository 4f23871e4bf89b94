// Runs bench/support/event-load-child.ts: events at a fixed rate from a process of its own.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BenchTicket } from "./event-fixtures";
import type { LoadResult } from "./http-load";

/** What bench/support/event-load-child.ts is given (as a JSON file). */
export interface EventLoadInput {
  url: string;
  perSecond: number;
  seconds: number;
  warmupSeconds: number;
  maxInFlight: number;
  secret: string;
  tickets: BenchTicket[];
}

export function loadAtRateElsewhere(options: EventLoadInput): {
  started: Promise<void>;
  result: Promise<LoadResult>;
  /** Ends the load before its `seconds` (what was answered until then is the result). */
  stop: () => void;
} {
  // The input goes through a file: thousands of tickets are more than a command line may hold.
  const input = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tf-event-load-")), "input.json");
  fs.writeFileSync(input, JSON.stringify(options));
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "bench/support/event-load-child.ts", input],
    { cwd: path.resolve(__dirname, "../.."), stdio: ["pipe", "pipe", "inherit"] },
  );
  child.on("exit", () => fs.rmSync(path.dirname(input), { recursive: true, force: true }));
  let out = "";
  let markStarted!: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes("started\n")) markStarted();
  });
  const result = new Promise<LoadResult>((resolve, reject) => {
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (code === 0 && line) resolve(JSON.parse(line) as LoadResult);
      else reject(new Error(`the event load process exited with ${code}`));
    });
  });
  void result.catch(() => markStarted()); // a failed start: the bench's await of result throws
  const stop = () => {
    if (child.exitCode === null) child.stdin.end("stop\n");
  };
  return { started, result, stop };
}
