// The served OpenAPI document is valid OpenAPI 3.1, and its request schemas accept and refuse
// what the handlers' zod schemas accept and refuse (the schemas are the handlers' own objects:
// routes.test.ts checks that).
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { documentValidator, requestBodyPointer, responsePointer } from "@/tests/support/openapi-ajv";
import { openApiDocument } from "./document";
import { API_OPERATIONS } from "./operations";

const operation = (method: string, path: string) => {
  const op = API_OPERATIONS.find((o) => o.method === method && o.path === path);
  if (!op) throw new Error(`${method} ${path} is not in the document`);
  return op;
};

const SAMPLES = [
  {
    name: "an event (message.received)",
    method: "post",
    path: "/api/v1/events",
    valid: {
      id: "evt-1",
      type: "message.received",
      occurredAt: "2026-12-03T10:00:00Z",
      data: { channelId: "ch_1", threadKey: "t-1", messageId: "<m1@x>", from: { email: "a@example.com" }, text: "Hi" },
    },
    invalid: {
      id: "evt-1",
      type: "message.received",
      occurredAt: "2026-12-03T10:00:00Z",
      data: { channelId: "ch_1", threadKey: "t-1", messageId: "<m1@x>", from: { email: "not an email" }, text: "Hi" },
    },
  },
  {
    name: "an event (email.sent)",
    method: "post",
    path: "/api/v1/events",
    valid: {
      id: "evt-2",
      type: "email.sent",
      occurredAt: "2026-12-03T10:00:00+01:00",
      data: {
        contactEmail: "c@example.com",
        threadKey: "t-1",
        messageId: "<m2@x>",
        fromUserEmail: "agent@example.com",
        sentFrom: "ticket",
        text: "Hello",
      },
    },
    invalid: { id: "evt-2", type: "email.sent", occurredAt: "yesterday", data: {} },
  },
  {
    name: "a ticket update",
    method: "patch",
    path: "/api/v1/tickets/{id}",
    valid: { statusId: "st_1", ownerId: null, version: 3 },
    invalid: { statusId: "st_1", version: 0 },
  },
  {
    name: "a dry run",
    method: "post",
    path: "/api/v1/tickets/{id}/dry-run",
    valid: { event: { type: "email.sent", data: { sentFrom: "contact" } } },
    invalid: { event: { type: "ticket.deleted", data: {} } },
  },
  {
    name: "an automation document",
    method: "put",
    path: "/api/v1/pipelines/{id}/automation",
    valid: {
      pipelineId: "p_1",
      version: 3,
      closeDateAutomation: true,
      emailSentTrigger: { enabled: true, statusId: "st_2" },
      customerReplyTrigger: { enabled: false, statusId: null },
      statusActions: {
        st_4: [
          { type: "send_email", template: "ticket_closed" },
          { type: "delay", minutes: 60 },
        ],
      },
      statusEnrollment: {
        st_4: [
          [{ property: "source", operator: "is_none_of", value: ["CHAT", "MESSENGER"] }],
          [{ property: "source", operator: "is", value: "CHAT" }],
        ],
      },
    },
    invalid: {
      pipelineId: "p_1",
      version: 3,
      closeDateAutomation: true,
      emailSentTrigger: { enabled: true, statusId: "st_2" },
      customerReplyTrigger: { enabled: false, statusId: null },
      statusActions: { st_4: [{ type: "teleport" }] },
    },
  },
  {
    name: "an automation document's filter groups",
    method: "put",
    path: "/api/v1/pipelines/{id}/automation",
    valid: {
      pipelineId: "p_1",
      version: 3,
      closeDateAutomation: true,
      emailSentTrigger: { enabled: true, statusId: "st_2" },
      customerReplyTrigger: { enabled: false, statusId: null },
      statusActions: {},
      statusEnrollment: { st_4: [] },
      rules: { createStatusIds: ["st_1", "st_2"], preventSkipping: true, preventBackward: false },
    },
    invalid: {
      pipelineId: "p_1",
      version: 3,
      closeDateAutomation: true,
      emailSentTrigger: { enabled: true, statusId: "st_2" },
      customerReplyTrigger: { enabled: false, statusId: null },
      statusActions: {},
      statusEnrollment: { st_4: [[]] },
    },
  },
  {
    name: "an automation document's pipeline rules",
    method: "put",
    path: "/api/v1/pipelines/{id}/automation",
    valid: {
      pipelineId: "p_1",
      version: 3,
      closeDateAutomation: true,
      emailSentTrigger: { enabled: true, statusId: "st_2" },
      customerReplyTrigger: { enabled: false, statusId: null },
      statusActions: {},
      rules: { createStatusIds: null, preventSkipping: false, preventBackward: true },
    },
    invalid: {
      pipelineId: "p_1",
      version: 3,
      closeDateAutomation: true,
      emailSentTrigger: { enabled: true, statusId: "st_2" },
      customerReplyTrigger: { enabled: false, statusId: null },
      statusActions: {},
      rules: { createStatusIds: [], preventSkipping: false, preventBackward: true },
    },
  },
] as const;

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(openApiDocument())) as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes bearer auth, the events signature and the error shape", () => {
    const doc = openApiDocument();
    expect(doc.components?.securitySchemes).toMatchObject({
      bearerAuth: { type: "http", scheme: "bearer" },
      eventsSignature: { type: "apiKey", in: "header", name: "Ticketflow-Signature" },
    });
    const error = documentValidator("/components/schemas/Error");
    expect(error({ error: { code: "NOT_FOUND", message: "Ticket t not found.", issues: [] } })).toBe(true);
    expect(error({ error: { code: "NOT_FOUND", message: "no issues" } })).toBe(false);
    const patch = doc.paths?.["/api/v1/tickets/{id}"]?.patch;
    expect(Object.keys(patch?.responses ?? {}).sort()).toEqual([
      "200",
      "400",
      "401",
      "403",
      "404",
      "409",
      "413",
      "415",
      "503",
    ]);
    expect(patch?.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths?.["/api/v1/events"]?.post?.security).toEqual([{ eventsSignature: [] }]);
  });
});

describe.each(SAMPLES)("$name: the document and the handler's schema agree", ({ method, path, valid, invalid }) => {
  const documentSchema = () => documentValidator(requestBodyPointer(method, path));
  const handlerSchema = () => operation(method, path).body!;

  it("both accept a valid body", () => {
    const validate = documentSchema();
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true);
    expect(handlerSchema().safeParse(valid).success).toBe(true);
  });

  it("both refuse an invalid one", () => {
    expect(documentSchema()(invalid)).toBe(false);
    expect(handlerSchema().safeParse(invalid).success).toBe(false);
  });
});

describe("query parameters", () => {
  it("are the handler's query schema, field by field", () => {
    const params = openApiDocument().paths?.["/api/v1/tickets"]?.get?.parameters as { name: string; in: string }[];
    const shape = Object.keys((operation("get", "/api/v1/tickets").query as unknown as { shape: object }).shape);
    expect(params.filter((p) => p.in === "query").map((p) => p.name)).toEqual(shape);
  });
});

describe("responses", () => {
  it("have a schema for every operation's success", () => {
    for (const op of API_OPERATIONS) expect(() => documentValidator(responsePointer(op.method, op.path))).not.toThrow();
  });
});
