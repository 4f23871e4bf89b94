// Real messages (tests/fixtures/mail, sources and licences in SOURCES.md) through the real
// inbound SMTP server: each is a new ticket with its decoded subject and text, a forward, list
// mail, an automatic reply or bounce (stored on its own thread, no ticket), or refused with a
// permanent 554 naming why. The envelope sender is a relay's address, never `<>`: nothing
// here may depend on the null sender (mail relayed by a forwarding rule keeps none).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rowCounts } from "../support/engine-fixtures";
import { refusal } from "../support/smtp";
import { CORPUS } from "./mail-corpus/corpus-cases";
import { INBOX, useInboundSmtp } from "../support/inbound-smtp";

const smtp = useInboundSmtp({ maxBytes: 10 * 1024 * 1024 });
const FIXTURES = path.join(__dirname, "../fixtures/mail");

const send = (file: string) =>
  smtp.client.send({
    envelope: { from: "relay@forwarder.example", to: [INBOX] },
    raw: fs.readFileSync(path.join(FIXTURES, file)),
  });

async function messageIds(): Promise<Set<string>> {
  return new Set((await db.message.findMany({ select: { id: true } })).map((m) => m.id));
}

/** Sends the file and returns the one message row it added. */
async function deliver(file: string) {
  const before = await messageIds();
  const reply = await send(file);
  expect(reply.response).toMatch(/^250 /);
  const added = [...(await messageIds())].filter((id) => !before.has(id));
  expect(added).toHaveLength(1);
  return db.message.findUniqueOrThrow({
    where: { id: added[0] },
    include: { thread: { include: { ticket: true, channel: true } } },
  });
}

describe("the mail corpus over SMTP", () => {
  it("holds at least 40 real messages, each listed in SOURCES.md", () => {
    const sources = fs.readFileSync(path.join(FIXTURES, "SOURCES.md"), "utf8");
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    for (const entry of CORPUS) expect(sources).toContain(entry.file);
  });

  it.each(CORPUS.filter((entry) => "refused" in entry))("refuses $file with a permanent 554", async (entry) => {
    const before = await rowCounts();
    const refused = await refusal(send(entry.file));
    expect(refused.code).toBe(554);
    expect(refused.response).toContain((entry as { refused: string }).refused);
    expect(await rowCounts()).toEqual(before);
  });

  it.each(CORPUS.filter((entry) => "kind" in entry).map((entry) => [entry.file, entry] as const))(
    "%s",
    async (_file, entry) => {
      if (!("kind" in entry)) throw new Error("not a stored case");
      const message = await deliver(entry.file);
      expect(message.subject).toBe(entry.subject ?? "");
      if (entry.text) expect(message.text).toContain(entry.text);
      if (entry.fromName) expect(message.fromName).toBe(entry.fromName);
      if (!entry.plainTextHoldsHtml)
        expect(message.text).not.toMatch(/<\/?(p|div|br|table|html)\b[^>]*>|&(nbsp|amp|lt|gt);/i);
      // Every message here starts a conversation of its own, keyed by its Message-ID.
      expect(message.thread.threadKey).toBe(message.messageId);
      expect({
        forwarded: message.forwarded,
        autoReply: message.autoReply,
        bounce: message.bounce,
        listMail: message.listMail,
      }).toEqual({
        forwarded: entry.kind === "forwarded",
        autoReply: entry.kind === "autoReply" || entry.kind === "bounce",
        bounce: entry.kind === "bounce",
        listMail: entry.kind === "list",
      });
      const ticket = message.thread.ticket;
      if (entry.kind === "autoReply" || entry.kind === "bounce") {
        expect(ticket).toBeNull();
        return;
      }
      expect(ticket).not.toBeNull();
      expect(ticket!.statusId).toBe(message.thread.channel?.statusId);
      expect(ticket!.subject).toBe(entry.subject ?? (entry.text || "(no subject)"));
    },
  );
});
