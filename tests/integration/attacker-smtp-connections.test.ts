// An attacker opening connections to the inbound SMTP server: past maxClients at once, or past
// the per-address rate, each new connection gets a clear "421" and is closed; a well-behaved
// sender then still delivers (a 250 with the inbox's reply).
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startInboundSmtp, type InboundSmtpServer } from "@/lib/mail/inbound/server";
import { refusal, smtpClient } from "../support/smtp";

let inbound: InboundSmtpServer | undefined;
const open: net.Socket[] = [];
afterEach(async () => {
  for (const socket of open.splice(0)) socket.destroy();
  await inbound?.close();
});

/** Connects and returns the server's first reply line; the socket stays open (kept in `open`). */
function greeting(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    open.push(socket);
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString("utf8");
      const end = text.indexOf("\r\n");
      if (end >= 0) resolve(text.slice(0, end));
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(text));
  });
}

const start = (maxClients: number, connectionsPerMinute: number) =>
  startInboundSmtp({ host: "127.0.0.1", port: 0, maxBytes: 64 * 1024, maxClients, connectionsPerMinute });

describe("the inbound SMTP server under a connection flood", () => {
  it("answers 421 to a connection past maxClients, and serves again once one closes", async () => {
    inbound = await start(2, 1000);
    expect(await greeting(inbound.port)).toMatch(/^220 /);
    expect(await greeting(inbound.port)).toMatch(/^220 /);
    expect(await greeting(inbound.port)).toMatch(/^421 .*Too many connected clients/);
    open.shift()?.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the server sees the close
    expect(await greeting(inbound.port)).toMatch(/^220 /);
  });

  it("answers 421 to one address past its connections per minute", async () => {
    inbound = await start(100, 3);
    for (let i = 0; i < 3; i++) expect(await greeting(inbound.port)).toMatch(/^220 /);
    expect(await greeting(inbound.port)).toBe("421 Too many connections from your address; try again later.");
    // The refused connection is closed by the server, not left hanging.
    const last = open.at(-1)!;
    await new Promise((resolve) => (last.closed ? resolve(null) : last.once("close", resolve)));
  });

  it("still talks SMTP with a sender within the limits (the refusal is the recipient's 550, not a 421)", async () => {
    inbound = await start(2, 3);
    const client = smtpClient(inbound.port);
    const sending = client.send({ from: "a@customer.example", to: "nobody@acme.example", subject: "Hi", text: "x" });
    expect((await refusal(sending)).code).toBe(550);
    client.close();
  });
});
