// The board's read endpoints (GET, for TanStack Query: parallel, cancellable, unlike server
// actions): the signed-in user's session → tickets.view → query parameters (zod) → JSON.
import "server-only";
import type { z } from "zod";
import { errorResponse } from "@/lib/api/error-response";
import { requirePermission } from "@/lib/auth/current-user";

export function boardReadRoute<TSchema extends z.ZodType, TResult>(
  schema: TSchema,
  read: (query: z.output<TSchema>) => Promise<TResult>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      await requirePermission("tickets.view");
      const query = schema.parse(Object.fromEntries(new URL(request.url).searchParams));
      return Response.json(await read(query), { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
