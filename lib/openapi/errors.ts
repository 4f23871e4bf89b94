// The API's error shape (DESIGN.md, lib/api/error-response.ts) as a schema, and what each
// status means, for the OpenAPI document.
import { z } from "zod";
import { HTTP_STATUS, type AppErrorCode } from "@/lib/errors";
import type { ErrorStatus } from "./operation";

/** Every AppError code, and INTERNAL for the unexpected (a 500, logged). */
const CODES = [...(Object.keys(HTTP_STATUS) as AppErrorCode[]), "INTERNAL"] as const;

export const ZApiError = z
  .object({
    error: z.object({
      code: z.enum(CODES).describe("Stable and machine-readable."),
      message: z.string().describe("For people: says what is wrong, and for a rule refusal which rule."),
      issues: z
        .array(
          z.object({
            path: z.array(z.union([z.string(), z.number()])).describe('The field, e.g. ["data", "from", "email"].'),
            message: z.string(),
            code: z.string().optional(),
          }),
        )
        .describe("One per invalid field (400); empty otherwise."),
    }),
  })
  .describe("Every error, whatever the status.");

/** What each status means on this API (DESIGN.md "Public HTTP API"). */
export const ERROR_MEANING: Record<ErrorStatus, string> = {
  400: "The request is not valid: `issues` names each field (path) and what is wrong.",
  401: "No API key, an unknown, revoked or malformed one, or the key of a deactivated user (`WWW-Authenticate: Bearer`).",
  403: "The key's user lacks the permission (`FORBIDDEN`), or the account's plan lacks the feature (`PLAN_REQUIRED`).",
  404: "No such resource.",
  409: "Conflict: the `version` sent is not the current one, or the change is refused (e.g. a status of another pipeline).",
  413: "The body is over 256 KiB.",
  415: "The body is not sent as `application/json`.",
  503: "The database is unavailable (restart, failover): retry after `Retry-After` seconds. The change rolled back (or, if the connection died during COMMIT, committed whole): retrying is safe, as events are idempotent by id and ticket changes carry a version.",
};
