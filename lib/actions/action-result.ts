// What every server action returns: data, or an error a form can show (never a thrown
// exception across the network boundary, never an unexplained failure).
import { z } from "zod";
import { AppError, HTTP_STATUS, type AppErrorCode, type FieldIssue } from "@/lib/errors";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";
import { logger } from "@/lib/logger";
import { zodIssues } from "./zod-issues";

export { zodIssues };

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: AppErrorCode | "INTERNAL"; status: number; message: string; issues: FieldIssue[] } };

export function toActionError(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (error instanceof AppError) {
    return {
      ok: false,
      error: { code: error.code, status: HTTP_STATUS[error.code], message: error.message, issues: error.issues },
    };
  }
  if (error instanceof z.ZodError) {
    return {
      ok: false,
      error: { code: "BAD_REQUEST", status: 400, message: "Check the highlighted fields.", issues: zodIssues(error) },
    };
  }
  if (isDatabaseUnavailable(error)) {
    logger.warn({ err: error }, "database unavailable in a server action");
    return { ok: false, error: { code: "UNAVAILABLE", status: 503, message: UNAVAILABLE_MESSAGE, issues: [] } };
  }
  logger.error({ err: error }, "unexpected error in a server action");
  return {
    ok: false,
    error: { code: "INTERNAL", status: 500, message: "Something went wrong. Try again.", issues: [] },
  };
}
