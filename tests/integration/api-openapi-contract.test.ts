// The OpenAPI document (GET /api/v1/openapi.json) against the real handlers: a request the
// document accepts is accepted, and every answer — success and error — matches the document's
// schema for that operation and status (validated with ajv, JSON Schema 2020-12).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { GET as getChannels } from "@/app/api/v1/channels/route";
import { GET as getOutbox } from "@/app/api/v1/outbox/route";
import { GET as getAutomation, PUT as putAutomation } from "@/app/api/v1/pipelines/[id]/automation/route";
import { GET as getPipelines } from "@/app/api/v1/pipelines/route";
import { POST as dryRun } from "@/app/api/v1/tickets/[id]/dry-run/route";
import { GET as getTicket, PATCH as patchTicket } from "@/app/api/v1/tickets/[id]/route";
import { GET as getTimeline } from "@/app/api/v1/tickets/[id]/timeline/route";
import { GET as listTickets } from "@/app/api/v1/tickets/route";
import { callApi } from "../support/api";
import { channelNamed, seededPipeline } from "../support/engine-fixtures";
import { messageEvent, postEvent } from "../support/events";
import { documentValidator, requestBodyPointer, responsePointer } from "../support/openapi-ajv";

function expectDocumented(method: string, path: string, status: number, body: unknown) {
  const validate = documentValidator(responsePointer(method, path, status));
  expect(validate(body), `${method.toUpperCase()} ${path} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

function expectValidRequest(method: string, path: string, body: unknown) {
  const validate = documentValidator(requestBodyPointer(method, path));
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

let support: Awaited<ReturnType<typeof seededPipeline>>;
let ticketId: string;

beforeAll(async () => {
  support = await seededPipeline();
  const inbox = await channelNamed("Support inbox");
  const event = messageEvent({ channelId: inbox.id });
  expectValidRequest("post", "/api/v1/events", event);
  const result = await postEvent(event);
  expect(result.status).toBe(200);
  expectDocumented("post", "/api/v1/events", 200, result.body);
  ticketId = result.body.ticketId;
});

describe("the served document", () => {
  it("is OpenAPI 3.1 JSON, without a key", async () => {
    const response = openApi();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ openapi: "3.1.0", info: { title: "Ticketflow API" } });
  });
});

describe("answers match the document", () => {
  it("GET /api/v1/pipelines and /api/v1/channels", async () => {
    const pipelines = await callApi(getPipelines, { path: "/api/v1/pipelines", params: {} });
    expectDocumented("get", "/api/v1/pipelines", 200, pipelines.body);
    const channels = await callApi(getChannels, { path: "/api/v1/channels", params: {} });
    expectDocumented("get", "/api/v1/channels", 200, channels.body);
    expect(channels.body.length).toBeGreaterThan(0);
  });

  it("GET /api/v1/tickets (a page with its cursor headers), /tickets/{id} and its timeline", async () => {
    const page = await callApi(listTickets, { path: `/api/v1/tickets?pipelineId=${support.id}&limit=1`, params: {} });
    expect(page.status).toBe(200);
    expectDocumented("get", "/api/v1/tickets", 200, page.body);
    expect(page.headers.get("x-next-cursor")).toBeTruthy();
    const ticket = await callApi(getTicket, { path: `/api/v1/tickets/${ticketId}`, params: { id: ticketId } });
    expectDocumented("get", "/api/v1/tickets/{id}", 200, ticket.body);
    const timeline = await callApi(getTimeline, {
      path: `/api/v1/tickets/${ticketId}/timeline`,
      params: { id: ticketId },
    });
    expectDocumented("get", "/api/v1/tickets/{id}/timeline", 200, timeline.body);
    expect(timeline.body.length).toBeGreaterThan(0);
  });

  it("PATCH /api/v1/tickets/{id} and a dry run", async () => {
    const before = await callApi(getTicket, { path: `/api/v1/tickets/${ticketId}`, params: { id: ticketId } });
    const patch = { priority: "HIGH", version: before.body.version };
    expectValidRequest("patch", "/api/v1/tickets/{id}", patch);
    const patched = await callApi(patchTicket, {
      path: `/api/v1/tickets/${ticketId}`,
      params: { id: ticketId },
      method: "PATCH",
      body: patch,
    });
    expect(patched.status).toBe(200);
    expectDocumented("patch", "/api/v1/tickets/{id}", 200, patched.body);

    const stale = await callApi(patchTicket, {
      path: `/api/v1/tickets/${ticketId}`,
      params: { id: ticketId },
      method: "PATCH",
      body: patch,
    });
    expect(stale.status).toBe(409);
    expectDocumented("patch", "/api/v1/tickets/{id}", 409, stale.body);

    const body = { event: { type: "ticket.updated", data: { statusId: support.status("Closed") } } };
    expectValidRequest("post", "/api/v1/tickets/{id}/dry-run", body);
    const result = await callApi(dryRun, {
      path: `/api/v1/tickets/${ticketId}/dry-run`,
      params: { id: ticketId },
      method: "POST",
      body,
    });
    expect(result.status).toBe(200);
    expectDocumented("post", "/api/v1/tickets/{id}/dry-run", 200, result.body);
  });

  it("GET /api/v1/outbox", async () => {
    const outbox = await callApi(getOutbox, { path: "/api/v1/outbox?limit=5", params: {} });
    expect(outbox.status).toBe(200);
    expectDocumented("get", "/api/v1/outbox", 200, outbox.body);
  });

  it("GET the automation document and PUT it back as the document's request schema accepts it", async () => {
    const path = `/api/v1/pipelines/${support.id}/automation`;
    const read = await callApi(getAutomation, { path, params: { id: support.id } });
    expectDocumented("get", "/api/v1/pipelines/{id}/automation", 200, read.body);
    expectValidRequest("put", "/api/v1/pipelines/{id}/automation", read.body);
    const written = await callApi(putAutomation, { path, params: { id: support.id }, method: "PUT", body: read.body });
    expect(written.status).toBe(200);
    expectDocumented("put", "/api/v1/pipelines/{id}/automation", 200, written.body);
  });
});

describe("errors match the document's error shape and statuses", () => {
  it("400 with the field's path, 401 without a key, 404 for an unknown ticket", async () => {
    const invalid = await callApi(patchTicket, {
      path: `/api/v1/tickets/${ticketId}`,
      params: { id: ticketId },
      method: "PATCH",
      body: { priority: "HIGH" },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.issues[0].path).toEqual(["version"]);
    expectDocumented("patch", "/api/v1/tickets/{id}", 400, invalid.body);

    const anonymous = await callApi(listTickets, { path: "/api/v1/tickets", params: {}, key: null });
    expect(anonymous.status).toBe(401);
    expectDocumented("get", "/api/v1/tickets", 401, anonymous.body);

    const missing = await callApi(getTicket, { path: "/api/v1/tickets/nope", params: { id: "nope" } });
    expect(missing.status).toBe(404);
    expectDocumented("get", "/api/v1/tickets/{id}", 404, missing.body);

    const badQuery = await callApi(getOutbox, { path: "/api/v1/outbox?limit=0", params: {} });
    expect(badQuery.status).toBe(400);
    expectDocumented("get", "/api/v1/outbox", 400, badQuery.body);
  });
});
