// The API's error shape (DESIGN.md): { error: { code, message, issues } }. Never a 500 for
// bad input: only an unexpected failure is a 500, and it is logged with its cause. The database
// being away (restart, failover) is a 503 with Retry-After (lib/db/unavailable.ts); every
// handler that answers HTTP, inside Next or beside it, ends in this function.
import { z } from "zod";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { zodIssues } from "@/lib/actions/action-result";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";
import { logger } from "@/lib/logger";

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const status = HTTP_STATUS[error.code];
    return Response.json(
      { error: { code: error.code, message: error.message, issues: error.issues } },
      { status, headers: status === 401 ? { "WWW-Authenticate": "Bearer" } : undefined },
    );
  }
  if (error instanceof z.ZodError) {
    return Response.json(
      { error: { code: "BAD_REQUEST", message: "The request is not valid.", issues: zodIssues(error) } },
      { status: 400 },
    );
  }
  if (isInvalidText(error)) {
    return Response.json(
      { error: { code: "BAD_REQUEST", message: "Text must not contain NUL (\\u0000) characters.", issues: [] } },
      { status: 400 },
    );
  }
  if (isDatabaseUnavailable(error)) {
    logger.warn({ err: error }, "database unavailable: answered 503");
    return Response.json(
      { error: { code: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE, issues: [] } },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
  logger.error({ err: error }, "unexpected error in a route handler");
  return Response.json({ error: { code: "INTERNAL", message: "Something went wrong.", issues: [] } }, { status: 500 });
}

/** PostgreSQL refuses a NUL character in text (22021), from raw SQL or through Prisma's adapter. */
function isInvalidText(error: unknown): boolean {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  return code === "22021" || cause?.code === "22021";
}
