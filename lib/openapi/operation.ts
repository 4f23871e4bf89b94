// One operation of the public API as the OpenAPI document describes it. The request schemas
// (body, query) are the objects the route handler parses with: tests compare them by identity
// with the handler's contract (lib/api/api-route.ts), so the document cannot drift from them.
import type { z } from "zod";
import type { PolicyAction } from "@/lib/auth/policy";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** Error statuses an operation may answer with, beyond those every operation shares. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 503;

export interface ApiOperation {
  method: HttpMethod;
  /** As OpenAPI writes it: /api/v1/tickets/{id}. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** The policy action the API key's user needs; null: signed with EVENTS_SECRET instead. */
  permission: PolicyAction | null;
  body?: z.ZodType;
  query?: z.ZodType;
  response: {
    status: 200;
    description: string;
    schema: z.ZodType;
    headers?: Record<string, { description: string; schema: z.ZodType }>;
  };
  /** Statuses beyond those implied (401 and 503 always; 403 with a permission; 400/413/415 with a body; 400 with a query; 404 with a path id). */
  errors?: Partial<Record<ErrorStatus, string>>;
}
