// Expected failures carry a code; the edge (route handler, server action) maps the code to an
// HTTP status or a form message. Anything else is unexpected: logged, shown generically.
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "PLAN_REQUIRED"
  /** SPEC §8: a pipeline rule refused the move or the creation (409, the rule named). */
  | "PIPELINE_RULE"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

export interface FieldIssue {
  path: (string | number)[];
  message: string;
  code?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PLAN_REQUIRED: 403,
  PIPELINE_RULE: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Optimistic concurrency: the row's version is not the one the caller read. */
export const STALE_VERSION_MESSAGE = "This was changed by someone else — reload to see the latest.";

export function staleVersionError(): AppError {
  return new AppError("CONFLICT", STALE_VERSION_MESSAGE);
}
