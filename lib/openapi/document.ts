// The OpenAPI 3.1 document served at GET /api/v1/openapi.json, generated (zod-openapi, over
// zod 4's own JSON Schema output) from the operations list, whose request schemas are the
// objects the route handlers parse with. Built once per process.
import { z } from "zod";
import {
  createDocument,
  type ZodObjectInput,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
} from "zod-openapi";
import { POLICY } from "@/lib/auth/policy";
import { MAX_BODY_BYTES } from "@/lib/http/json-body";
import { SIGNATURE_HEADER, SIGNATURE_TOLERANCE_SECONDS } from "@/lib/events/signature";
import { ERROR_MEANING, ZApiError } from "./errors";
import type { ApiOperation, ErrorStatus } from "./operation";
import { API_OPERATIONS, NAMED_SCHEMAS } from "./operations";

const DESCRIPTION = [
  "The public API of Ticketflow, a self-hosted help desk with ticket pipeline automation.",
  "",
  "All requests and answers are JSON. Authenticate with `Authorization: Bearer <api key>`: admins create",
  "keys in Settings > API keys; a key acts as its user, with that user's role, read on every request.",
  "`POST /api/v1/events` is signed with the server's `EVENTS_SECRET` instead.",
  "",
  `Bodies are \`application/json\` (else 415), at most ${MAX_BODY_BYTES / 1024} KiB (else 413).`,
  "Every error is `{ error: { code, message, issues } }`; bad input is a 4xx naming the field, never a 500.",
].join("\n");

function pathParams(path: string) {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  if (names.length === 0) return undefined;
  return z.object(Object.fromEntries(names.map((name) => [name, z.string().min(1)])));
}

/** zod-openapi reads every key it is given. */
function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}

function errorStatuses(op: ApiOperation): Partial<Record<ErrorStatus, string>> {
  const implied: Partial<Record<ErrorStatus, string>> = { 401: ERROR_MEANING[401], 503: ERROR_MEANING[503] };
  if (op.permission) implied[403] = ERROR_MEANING[403];
  if (op.body) Object.assign(implied, { 400: ERROR_MEANING[400], 413: ERROR_MEANING[413], 415: ERROR_MEANING[415] });
  if (op.query) implied[400] = ERROR_MEANING[400];
  if (pathParams(op.path)) implied[404] = ERROR_MEANING[404];
  return { ...implied, ...op.errors };
}

function whoMay(op: ApiOperation): string {
  if (!op.permission) return "Signed with EVENTS_SECRET; no API key.";
  return `Permission \`${op.permission}\`: ${POLICY[op.permission].join(", ")}.`;
}

function operationObject(op: ApiOperation): ZodOpenApiOperationObject {
  const errors = Object.entries(errorStatuses(op)).map(([status, description]) => [
    status,
    { description, content: { "application/json": { schema: ZApiError } } },
  ]);
  const headers = op.response.headers;
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: [op.description, whoMay(op)].filter(Boolean).join("\n\n"),
    security: op.permission ? [{ bearerAuth: [] }] : [{ eventsSignature: [] }],
    requestParams: definedOnly({ path: pathParams(op.path), query: op.query as ZodObjectInput | undefined }),
    ...(op.body && { requestBody: { required: true, content: { "application/json": { schema: op.body } } } }),
    responses: {
      [op.response.status]: {
        description: op.response.description,
        ...(headers && {
          headers: z.object(
            Object.fromEntries(
              Object.entries(headers).map(([k, h]) => [k, h.schema.optional().describe(h.description)]),
            ),
          ),
        }),
        content: { "application/json": { schema: op.response.schema } },
      },
      ...Object.fromEntries(errors),
    },
  };
}

function paths(operations: readonly ApiOperation[]): ZodOpenApiPathsObject {
  const result: ZodOpenApiPathsObject = {};
  for (const op of operations) result[op.path] = { ...result[op.path], [op.method]: operationObject(op) };
  return result;
}

export function buildOpenApiDocument(operations: readonly ApiOperation[] = API_OPERATIONS) {
  return createDocument({
    openapi: "3.1.0",
    info: { title: "Ticketflow API", version: "1", description: DESCRIPTION },
    servers: [{ url: "/", description: "This Ticketflow server" }],
    tags: [
      { name: "Events", description: "Other systems feed Ticketflow: messages received, emails sent." },
      { name: "Tickets", description: "Read and change tickets; dry-run what an event would do." },
      { name: "Pipelines", description: "Pipelines, their statuses, and the channels that create tickets." },
      { name: "Automation", description: "A pipeline's automation as one document: export and import." },
      { name: "Mail", description: "The emails handed to the mail transport." },
    ],
    paths: paths(operations),
    components: {
      schemas: NAMED_SCHEMAS,
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "An API key from Settings > API keys; it acts as its user, with that user's role.",
        },
        eventsSignature: {
          type: "apiKey",
          in: "header",
          name: SIGNATURE_HEADER,
          description: `\`t=<unix seconds>,v1=<hex HMAC-SHA256(EVENTS_SECRET, "<t>.<raw body>")>\`, within ${SIGNATURE_TOLERANCE_SECONDS} s.`,
        },
      },
    },
  });
}

let built: ReturnType<typeof buildOpenApiDocument> | undefined;

/** The document, built on first use. */
export function openApiDocument() {
  built ??= buildOpenApiDocument();
  return built;
}
