// The pinned, capped request against receivers on 127.0.0.1 (allowed by listing them, as an
// admin would with TICKETFLOW_WEBHOOK_ALLOWED_HOSTS).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { NO_ALLOWED_HOSTS, parseAllowedHosts } from "./allowed-hosts";
import { resolveTarget, TargetRefusedError, type Resolver } from "./resolve-target";
import { NetworkFailure, safeRequest } from "./safe-request";

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function receiver(handle: http.RequestListener): Promise<number> {
  const server = http.createServer(handle);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

const LOOPBACK = parseAllowedHosts("127.0.0.1");
const send = (url: string, overrides: Partial<Parameters<typeof safeRequest>[1]> = {}) =>
  resolveTarget(url, LOOPBACK).then((target) =>
    safeRequest(target, {
      method: "POST",
      headers: {},
      body: "{}",
      timeoutMs: 10_000,
      maxBytes: 64 * 1024,
      ...overrides,
    }),
  );

describe("resolveTarget refuses what is not public unicast", () => {
  it.each([
    "http://127.0.0.1/",
    "http://0x7f000001/",
    "http://2130706433/",
    "http://0177.0.0.1/",
    "http://127.1:8080/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://10.0.0.1/",
    "http://192.168.0.10/",
    "http://100.100.100.100/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fd00:ec2::254]/",
    "http://[fe80::1]/",
    "http://[ff02::1]/",
    "http://0.0.0.0/",
    "http://255.255.255.255/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://localhost:3000/",
  ])("%s", async (url) => {
    await expect(resolveTarget(url, NO_ALLOWED_HOSTS)).rejects.toThrow(TargetRefusedError);
  });

  it("says which address a name resolved to and why it is refused (the admin's detail)", async () => {
    const resolver: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];
    await expect(resolveTarget("https://hooks.example.com/x", NO_ALLOWED_HOSTS, resolver)).rejects.toThrow(
      "hooks.example.com resolves to 127.0.0.1, a loopback address: webhooks only reach public addresses",
    );
  });

  it("refuses a name when any of its addresses is internal", async () => {
    const resolver: Resolver = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "10.0.0.5", family: 4 },
    ];
    await expect(resolveTarget("https://mixed.example.com/", NO_ALLOWED_HOSTS, resolver)).rejects.toThrow(
      /10\.0\.0\.5, a private/,
    );
  });

  it("refuses other schemes and names that do not resolve", async () => {
    await expect(resolveTarget("ftp://example.com/", NO_ALLOWED_HOSTS)).rejects.toThrow(/use http/);
    const nowhere: Resolver = async () => {
      throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
    };
    await expect(resolveTarget("https://nowhere.invalid/", NO_ALLOWED_HOSTS, nowhere)).rejects.toThrow(/ENOTFOUND/);
  });

  it("lets a listed address or name through, and still refuses the metadata names", async () => {
    expect((await resolveTarget("http://127.0.0.1:9/", LOOPBACK)).address).toBe("127.0.0.1");
    const byName = parseAllowedHosts("receiver.internal");
    const toLoopback: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];
    expect((await resolveTarget("http://receiver.internal/", byName, toLoopback)).address).toBe("127.0.0.1");
    await expect(resolveTarget("http://127.0.0.2/", LOOPBACK)).rejects.toThrow(/127\.0\.0\.2, a loopback/);
    await expect(
      resolveTarget("http://metadata.google.internal/", parseAllowedHosts("metadata.google.internal")),
    ).rejects.toThrow(/cloud metadata/);
  });
});

describe("safeRequest", () => {
  it("connects to the checked address only, keeping the name in Host (no DNS rebinding)", async () => {
    let host: string | undefined;
    const port = await receiver((req, res) => {
      host = req.headers.host;
      res.end("ok");
    });
    const answers = [[{ address: "127.0.0.1", family: 4 }], [{ address: "10.9.9.9", family: 4 }]];
    let lookups = 0;
    const rebinding: Resolver = async () => answers[Math.min(lookups++, 1)]!;
    const target = await resolveTarget(
      `http://receiver.internal:${port}/hook`,
      parseAllowedHosts("receiver.internal"),
      rebinding,
    );
    const response = await safeRequest(target, {
      method: "POST",
      headers: {},
      body: "{}",
      timeoutMs: 5000,
      maxBytes: 1024,
    });
    expect(response.status).toBe(200);
    expect(host).toBe(`receiver.internal:${port}`);
    expect(lookups).toBe(1); // resolved once, for the check; the connection used that answer
  });

  it("does not follow a redirect: the 3xx is the answer", async () => {
    let followed = false;
    const port = await receiver((req, res) => {
      if (req.url === "/moved") {
        res.writeHead(307, { location: "/elsewhere" }).end();
      } else {
        followed = true;
        res.end("followed");
      }
    });
    const response = await send(`http://127.0.0.1:${port}/moved`);
    expect(response.status).toBe(307);
    expect(followed).toBe(false);
  });

  it("reads at most maxBytes of a huge answer and drops the connection: memory stays flat", async () => {
    let written = 0;
    const chunk = Buffer.alloc(64 * 1024, "x");
    const port = await receiver((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      const pump = () => {
        while (written < 300 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    });
    const before = process.memoryUsage();
    const response = await send(`http://127.0.0.1:${port}/`);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the receiver sees the close
    const after = process.memoryUsage();
    expect(response.body.length).toBe(64 * 1024);
    expect(response.truncated).toBe(true);
    expect(written).toBeLessThan(16 * 1024 * 1024); // the 300 MB were never sent: the reader left
    expect(after.rss - before.rss).toBeLessThan(32 * 1024 * 1024);
  });

  it("gives up after the timeout, also on an answer that trickles", async () => {
    const port = await receiver((_req, res) => {
      res.writeHead(200);
      res.write("a"); // then nothing more
    });
    const failure = await send(`http://127.0.0.1:${port}/`, { timeoutMs: 300 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NetworkFailure);
    expect(failure).toMatchObject({ timedOut: true, message: "no answer within 0.3 s" });
  });

  it("reports a refused connection as a network failure (for the admin)", async () => {
    const port = await receiver((_req, res) => res.end());
    await new Promise((resolve) => servers.pop()!.close(resolve));
    await expect(send(`http://127.0.0.1:${port}/`)).rejects.toThrow(/ECONNREFUSED/);
  });
});
