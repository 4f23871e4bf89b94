// One wrapper for every /api/v1 route handler: authenticate (API key) → authorize (policy) →
// parse (zod) → run → JSON, with errors in the API's shape. The handler carries its contract
// (permission and the very schemas it parses with), so the OpenAPI document can be checked
// against it (lib/openapi).
import "server-only";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { assertCan } from "@/lib/auth/current-user";
import type { PolicyAction } from "@/lib/auth/policy";
import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { errorResponse } from "./error-response";
import { readJsonBody } from "@/lib/http/json-body";

interface RouteContext<TParams> {
  params: Promise<TParams>;
}

interface Handled<TBody, TParams, TQuery> {
  user: CurrentUser;
  body: TBody;
  query: TQuery;
  params: TParams;
  request: Request;
}

/** What a handler requires and parses: the OpenAPI document's tests compare it with the document's source. */
export interface RouteContract {
  permission: PolicyAction | null;
  body?: z.ZodType;
  query?: z.ZodType;
}

export type ApiHandler<TParams> = ((request: Request, context: RouteContext<TParams>) => Promise<Response>) & {
  contract: RouteContract;
};

export function apiRoute<
  TParams = Record<string, never>,
  TSchema extends z.ZodType = z.ZodUndefined,
  TQuerySchema extends z.ZodType = z.ZodUndefined,
>(
  options: { permission: PolicyAction; body?: TSchema; query?: TQuerySchema },
  run: (input: Handled<z.output<TSchema>, TParams, z.output<TQuerySchema>>) => Promise<unknown>,
): ApiHandler<TParams> {
  const handler = async (request: Request, context: RouteContext<TParams>) => {
    try {
      const user = await authenticateApiKey(request.headers.get("authorization"));
      assertCan(user, options.permission);
      const query = options.query?.parse(Object.fromEntries(new URL(request.url).searchParams));
      const body = options.body ? options.body.parse((await readJsonBody(request)).json) : undefined;
      const result = await run({
        user,
        body: body as z.output<TSchema>,
        query: query as z.output<TQuerySchema>,
        params: await context.params,
        request,
      });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(handler, {
    contract: { permission: options.permission, body: options.body, query: options.query },
  });
}
