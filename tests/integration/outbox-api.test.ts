// GET /api/v1/outbox (DESIGN.md): the emails handed to the transport, newest first, for admins;
// the Settings > Outbox page's data, refused to agents with the reason.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/outbox/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/mail";
import { getOutboxView } from "@/lib/mail/outbox-query";
import { changeTicket } from "@/lib/tickets/change-ticket";
import { callApi } from "../support/api";
import { aTicket, seededPipeline } from "../support/engine-fixtures";
import { userIdOf } from "../support/users";
import { drain, resetClock, useCaptureMail } from "./workflow-run-fixtures";

const outbox = (query = "", key?: string | null) => callApi(GET, { path: `/api/v1/outbox${query}`, params: {}, key });
let ticket: Awaited<ReturnType<typeof aTicket>>;

beforeAll(async () => {
  useCaptureMail();
  const support = await seededPipeline();
  ticket = await aTicket("New", { ownerId: await userIdOf("AGENT"), subject: "Outbox ticket" });
  await sendMail({
    to: "someone@example.org",
    from: "Support <support@acme.example>",
    subject: "Unrelated",
    text: "x",
    idempotencyKey: "outbox-api-1",
  });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await changeTicket(ticket.id, {
    kind: "status_change",
    toStatusId: support.status("Closed"),
    cause: { kind: "user", userId: await userIdOf("AGENT") },
  });
  resetClock();
  await drain();
});

describe("GET /api/v1/outbox", () => {
  it("lists every email handed to the transport, newest first, in the API's shape", async () => {
    const { status, body } = await outbox();
    expect(status).toBe(200);
    expect(body.map((e: { subject: string }) => e.subject)).toEqual([
      "Ticket closed: Outbox ticket",
      "Your request has been resolved: Outbox ticket",
      "Unrelated",
    ]);
    expect(body[1]).toEqual({
      id: expect.any(String),
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      from: '"Acme Support" <support@acme.example>',
      to: ticket.contactEmail,
      subject: "Your request has been resolved: Outbox ticket",
      text: expect.stringContaining("We have closed ticket"),
      messageId: expect.stringMatching(/^<tf\.[0-9a-f]+@acme\.example>$/),
      inReplyTo: null,
      transport: "capture",
      ticketId: ticket.id,
      jobId: expect.any(String),
      bouncedAt: null,
      bounceReason: null,
    });
  });

  it("filters by ticket and limits the page", async () => {
    expect((await outbox(`?ticketId=${ticket.id}`)).body).toHaveLength(2);
    expect((await outbox("?limit=1")).body.map((e: { subject: string }) => e.subject)).toEqual([
      "Ticket closed: Outbox ticket",
    ]);
  });

  it("rejects a bad limit with 400 and the field's path", async () => {
    const { status, body } = await outbox("?limit=0");
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "BAD_REQUEST", issues: [expect.objectContaining({ path: ["limit"] })] });
    expect((await outbox("?limit=abc")).status).toBe(400);
  });

  it("is for admins: 401 without a key, 403 for an agent's key", async () => {
    expect((await outbox("", null)).status).toBe(401);
    const agentKey = await createApiKey({ name: "Agent" }, await userIdOf("AGENT"));
    const refused = await outbox("", agentKey.key);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("FORBIDDEN");
    const adminKey = await createApiKey({ name: "Admin" }, await userIdOf("ACCOUNT_ADMIN"));
    expect((await outbox("", adminKey.key)).status).toBe(200);
  });
});

describe("the Outbox page's data", () => {
  it("gives admins the emails with each ticket's name, in the account's time zone", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    const view = await getOutboxView(admin);
    expect(view.timeZone).toBe("Europe/Berlin");
    expect(view.emails[0]).toMatchObject({
      subject: "Ticket closed: Outbox ticket",
      ticketSubject: "Outbox ticket",
      ticketId: ticket.id,
    });
    expect(view.emails.at(-1)).toMatchObject({ subject: "Unrelated", ticketSubject: null });
  });

  it("refuses agents, whatever the page shows", async () => {
    const agent = await db.user.findUniqueOrThrow({ where: { email: "agent@example.com" } });
    await expect(getOutboxView(agent)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
