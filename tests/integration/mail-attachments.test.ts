// Attachments of inbound mail over real SMTP (SPEC §10, issue 19 item 6): stored with the message
// in its transaction (bytes, name, type, size, Content-ID, inline), once per Message-ID, refused
// with 552 above the 10 MiB message limit, and downloadable only by signed-in users, always as an
// attachment under a sanitized name, with a safe type and nosniff.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as download } from "@/app/attachments/[id]/route";
import { db } from "@/lib/db";
import { rowCounts } from "../support/engine-fixtures";
import { refusal } from "../support/smtp";
import { actAs } from "../support/users";
import { INBOX, newMessageId, someone, useInboundSmtp } from "../support/inbound-smtp";

const TEN_MIB = 10 * 1024 * 1024;
const smtp = useInboundSmtp({ maxBytes: TEN_MIB });

const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n"), crypto.randomBytes(64 * 1024)]);
const PNG = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), crypto.randomBytes(2048)]);

function attachmentsOf(messageId: string) {
  return db.attachment.findMany({
    where: { message: { messageId } },
    orderBy: { position: "asc" },
    select: { id: true, filename: true, contentType: true, size: true, content: true, contentId: true, inline: true },
  });
}

async function get(id: string): Promise<Response> {
  return download(new Request(`http://127.0.0.1/attachments/${id}`), { params: Promise.resolve({ id }) });
}

/** A raw MIME message whose attachment's name is hostile (RFC 2231 encoded, as mail clients send it). */
function hostileMessage(from: string, messageId: string, encodedName = "..%2F..%2Fevil%22.html%0D%0A"): string {
  return [
    `From: ${from}`,
    `To: ${INBOX}`,
    "Subject: Hostile name",
    `Message-ID: ${messageId}`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "See the file.",
    "--b1",
    `Content-Type: text/html; name*=utf-8''${encodedName}`,
    `Content-Disposition: attachment; filename*=utf-8''${encodedName}`,
    "Content-Transfer-Encoding: base64",
    "",
    Buffer.from("<script>alert(1)</script>").toString("base64"),
    "--b1--",
    "",
  ].join("\r\n");
}

describe("stored with the message", () => {
  it("keeps each file's bytes, name, type and size, and an HTML mail's cid: image as inline, in MIME order", async () => {
    const messageId = newMessageId();
    await smtp.client.send({
      from: someone(),
      to: INBOX,
      subject: "Invoice and screenshot",
      text: "Invoice attached; screenshot inline.",
      html: '<p>Invoice attached.</p><img src="cid:shot@customer.example" alt="screenshot">',
      messageId,
      attachments: [
        { filename: "Rechnung März.pdf", content: PDF, contentType: "application/pdf" },
        { filename: "screen.png", content: PNG, contentType: "image/png", cid: "shot@customer.example" },
      ],
    });
    const stored = await attachmentsOf(messageId);
    expect(
      stored.map(({ content, ...rest }) => ({
        ...rest,
        bytes: Buffer.from(content).equals(rest.filename.endsWith(".pdf") ? PDF : PNG),
      })),
    ).toEqual([
      {
        id: expect.any(String),
        filename: "screen.png",
        contentType: "image/png",
        size: PNG.length,
        contentId: "shot@customer.example",
        inline: true,
        bytes: true,
      },
      {
        id: expect.any(String),
        filename: "Rechnung März.pdf",
        contentType: "application/pdf",
        size: PDF.length,
        contentId: null,
        inline: false,
        bytes: true,
      },
    ]);
    const message = await db.message.findUniqueOrThrow({
      where: { messageId },
      select: { thread: { select: { ticketId: true } } },
    });
    expect(message.thread.ticketId).not.toBeNull();
  });

  it("stores a reply's files on the reply, and a message delivered twice with its files once", async () => {
    const from = someone();
    const first = newMessageId();
    await smtp.client.send({ from, to: INBOX, subject: "Logs", text: "Here.", messageId: first });
    const reply = newMessageId();
    const mail = {
      from,
      to: INBOX,
      subject: "Re: Logs",
      text: "The log.",
      messageId: reply,
      inReplyTo: first,
      references: [first],
      attachments: [{ filename: "app.log", content: "line 1\nline 2\n", contentType: "text/plain" }],
    };
    await smtp.client.send(mail);
    const before = await rowCounts();
    const attachments = await db.attachment.count();
    expect((await smtp.client.send(mail)).response).toContain("already received");
    expect(await rowCounts()).toEqual(before);
    expect(await db.attachment.count()).toBe(attachments);
    const stored = await attachmentsOf(reply);
    expect(stored).toMatchObject([{ filename: "app.log", contentType: "text/plain", size: 14 }]);
    const [firstMessage, replyMessage] = await Promise.all(
      [first, reply].map((id) =>
        db.message.findUniqueOrThrow({ where: { messageId: id }, select: { threadId: true } }),
      ),
    );
    expect(replyMessage!.threadId).toBe(firstMessage!.threadId);
  });

  it("stores a file whose name decodes to a NUL character (PostgreSQL text cannot hold one) without it", async () => {
    const messageId = newMessageId();
    const sent = await smtp.client.send({
      envelope: { from: someone(), to: [INBOX] },
      raw: hostileMessage(someone(), messageId, "nul%00name.txt"),
    });
    expect(sent.response).toContain("message accepted");
    expect(await attachmentsOf(messageId)).toMatchObject([{ filename: "nulname.txt" }]);
  });

  it("refuses a message over 10 MiB with 552 and stores nothing of it", async () => {
    const before = await rowCounts();
    const attachments = await db.attachment.count();
    const refused = await refusal(
      smtp.client.send({
        from: someone(),
        to: INBOX,
        subject: "Huge",
        text: "Too big.",
        attachments: [{ filename: "huge.bin", content: crypto.randomBytes(TEN_MIB) }],
      }),
    );
    expect(refused.code).toBe(552);
    expect(await rowCounts()).toEqual(before);
    expect(await db.attachment.count()).toBe(attachments);
  });
});

describe("downloaded", () => {
  let pdfId: string;
  let hostileId: string;

  beforeAll(async () => {
    const messageId = newMessageId();
    await smtp.client.send({
      from: someone(),
      to: INBOX,
      subject: "Contract",
      text: "Signed.",
      messageId,
      attachments: [{ filename: "contract.pdf", content: PDF, contentType: "application/pdf" }],
    });
    pdfId = (await attachmentsOf(messageId))[0]!.id;
    const hostile = newMessageId();
    await smtp.client.send({ envelope: { from: someone(), to: [INBOX] }, raw: hostileMessage(someone(), hostile) });
    const [stored] = await attachmentsOf(hostile);
    expect(stored).toMatchObject({ filename: '../../evil".html\r\n', contentType: "text/html" });
    hostileId = stored!.id;
  });

  it("refuses anyone not signed in with 401", async () => {
    await actAs(null);
    const response = await get(pdfId);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-disposition")).toBeNull();
  });

  it("gives an agent the bytes as an attachment, with its type and nosniff", async () => {
    await actAs("AGENT");
    const response = await get(pdfId);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": "attachment; filename=contract.pdf",
      "content-length": String(PDF.length),
      "x-content-type-options": "nosniff",
    });
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it("sanitizes a hostile filename and serves an active type as application/octet-stream", async () => {
    await actAs("AGENT");
    const response = await get(hostileId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe("attachment; filename=_.._evil_.html");
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toBe("<script>alert(1)</script>");
  });

  it("answers 404 for an attachment that does not exist", async () => {
    await actAs("AGENT");
    expect((await get("no-such-attachment")).status).toBe(404);
  });

  it("refuses a deactivated user with 401", async () => {
    await actAs("AGENT");
    const agent = await db.user.findUniqueOrThrow({ where: { email: "agent@example.com" } });
    await db.user.update({ where: { id: agent.id }, data: { active: false } });
    try {
      expect((await get(pdfId)).status).toBe(401);
    } finally {
      await db.user.update({ where: { id: agent.id }, data: { active: true } });
    }
  });
});
