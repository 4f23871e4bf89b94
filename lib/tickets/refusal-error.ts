// The engine's refusals as API errors. DESIGN.md: 409 for a version conflict or an illegal move.
import type { Refusal, RefusalCode } from "@/lib/automation";
import { AppError, type AppErrorCode } from "@/lib/errors";

const CODE: Record<RefusalCode, AppErrorCode> = {
  ILLEGAL_MOVE: "CONFLICT",
  VERSION_CONFLICT: "CONFLICT",
  PIPELINE_MISMATCH: "CONFLICT",
  // DESIGN.md: a rule refusal is 409 with code PIPELINE_RULE and the rule in the message.
  PIPELINE_RULE: "PIPELINE_RULE",
};

export function refusalError(refusal: Refusal): AppError {
  return new AppError(CODE[refusal.code], refusal.message, [
    { path: [], message: refusal.message, code: refusal.code },
  ]);
}

/** The guarded UPDATE found another version: someone committed in between. */
export function lostRaceError(ticketId: string, expectedVersion: number): AppError {
  const message =
    `Ticket ${ticketId} was changed by someone else (expected version ${expectedVersion}). ` + "Reload and try again.";
  return new AppError("CONFLICT", message, [{ path: ["version"], message, code: "VERSION_CONFLICT" }]);
}
