// One wrapper for every /api/v1 route handler: authenticate (API key) → authorize (policy) →
// parse (zod) → run → JSON, with errors in the API's shape.
import "server-only";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { assertCan } from "@/lib/auth/current-user";
import type { PolicyAction } from "@/lib/auth/policy";
import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { errorResponse } from "./error-response";
import { readJsonBody } from "./json-body";

interface RouteContext<TParams> {
  params: Promise<TParams>;
}

interface Handled<TBody, TParams> {
  user: CurrentUser;
  body: TBody;
  params: TParams;
  request: Request;
}

export function apiRoute<TParams = Record<string, never>, TSchema extends z.ZodType = z.ZodUndefined>(
  options: { permission: PolicyAction; body?: TSchema },
  run: (input: Handled<z.output<TSchema>, TParams>) => Promise<unknown>,
): (request: Request, context: RouteContext<TParams>) => Promise<Response> {
  return async (request, context) => {
    try {
      const user = await authenticateApiKey(request.headers.get("authorization"));
      assertCan(user, options.permission);
      const body = options.body ? options.body.parse((await readJsonBody(request)).json) : undefined;
      const result = await run({ user, body: body as z.output<TSchema>, params: await context.params, request });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
