// GET/PUT /api/v1/pipelines/:id/automation: the document round-trips, a stale version is a
// 409, unknown ids or types are 400 with the path, only automation.edit may PUT, and what
// was PUT is what the engine then does.
import { beforeAll, describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/v1/pipelines/[id]/automation/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { callApi } from "../support/api";
import { TEST_BOOTSTRAP_KEY } from "../support/test-database";
import { aTicket, channelNamed, rowCounts, seededPipeline, ticketRow } from "../support/engine-fixtures";
import { messageEvent, postEvent } from "../support/events";
import { userIdOf } from "../support/users";

let billing: Awaited<ReturnType<typeof seededPipeline>>;
beforeAll(async () => {
  billing = await seededPipeline("Billing & Refunds");
});

const path = (id: string) => `/api/v1/pipelines/${id}/automation`;
const read = (id: string) => callApi(GET, { path: path(id), params: { id } });
const write = (id: string, body: unknown, key?: string) =>
  callApi(PUT, { path: path(id), params: { id }, method: "PUT", body, key });

describe("GET /api/v1/pipelines/:id/automation", () => {
  it("returns the document with every status's chain", async () => {
    const result = await read(billing.id);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      pipelineId: billing.id,
      version: expect.any(Number),
      closeDateAutomation: true,
      emailSentTrigger: { enabled: false, statusId: billing.status("Investigating") },
      customerReplyTrigger: { enabled: false, statusId: billing.status("Investigating") },
    });
    expect(Object.keys(result.body.statusActions).sort()).toEqual(
      ["Received", "Investigating", "Refund issued", "Declined"].map(billing.status).sort(),
    );
  });

  it("answers 404 for an unknown pipeline", async () => {
    expect((await read("no-such-pipeline")).status).toBe(404);
  });
});

describe("PUT /api/v1/pipelines/:id/automation", () => {
  it("saves the document, bumps the version, and the engine follows it", async () => {
    const doc = (await read(billing.id)).body;
    const edited = { ...doc, customerReplyTrigger: { enabled: true, statusId: billing.status("Investigating") } };
    const saved = await write(billing.id, edited);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: doc.version + 1, customerReplyTrigger: { enabled: true } });

    const ticket = await aTicket("Received", {}, "Billing & Refunds");
    const inbox = await channelNamed("Billing inbox");
    await postEvent(
      messageEvent({ channelId: inbox.id, threadKey: ticket.threadKey, from: { email: ticket.contactEmail } }),
    );
    expect((await ticketRow(ticket.id)).statusId).toBe(billing.status("Investigating"));
  });

  it("refuses a stale version with 409 and changes nothing", async () => {
    const doc = (await read(billing.id)).body;
    await write(billing.id, { ...doc, closeDateAutomation: false });
    const stale = await write(billing.id, { ...doc, closeDateAutomation: true });
    expect(stale.status).toBe(409);
    expect((await read(billing.id)).body.closeDateAutomation).toBe(false);
  });

  it("answers 400 with the path for an unknown status id or action type", async () => {
    const doc = (await read(billing.id)).body;
    const before = await rowCounts();
    const unknownStatus = await write(billing.id, {
      ...doc,
      emailSentTrigger: { enabled: true, statusId: "no-such-status" },
    });
    expect(unknownStatus.status).toBe(400);
    expect(unknownStatus.body.error.issues[0].path).toEqual(["emailSentTrigger", "statusId"]);
    const received = billing.status("Received");
    const unknownType = await write(billing.id, {
      ...doc,
      statusActions: { ...doc.statusActions, [received]: [{ type: "teleport" }] },
    });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.error.issues[0].path.slice(0, 3)).toEqual(["statusActions", received, 0]);
    expect(await rowCounts()).toEqual(before);
  });

  it("answers 400 with the path for a notification naming an unknown token", async () => {
    const doc = (await read(billing.id)).body;
    const received = billing.status("Received");
    const notify = { type: "send_internal_email", to: { owner: true }, subject: "{{ticket.subjcet}}", body: "x" };
    const refused = await write(billing.id, { ...doc, statusActions: { ...doc.statusActions, [received]: [notify] } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues[0]).toMatchObject({
      path: ["statusActions", received, 0, "subject"],
      message: expect.stringMatching(/^Unknown token \{\{ticket\.subjcet\}\}/),
    });
  });

  it("answers 403 to an agent's key and 415 to a body that is not JSON", async () => {
    const doc = (await read(billing.id)).body;
    const { key } = await createApiKey({ name: "Agent" }, await userIdOf("AGENT"));
    expect((await write(billing.id, doc, key)).status).toBe(403);
    const request = new Request(`http://localhost${path(billing.id)}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${TEST_BOOTSTRAP_KEY}`, "content-type": "text/plain" },
      body: "x",
    });
    expect((await PUT(request, { params: Promise.resolve({ id: billing.id }) })).status).toBe(415);
  });
});
