// SPEC §1: "the first open status" must always exist (a reply on a closed ticket reopens it
// there), so a pipeline keeps at least one open status.
import { AppError } from "@/lib/errors";

export const LAST_OPEN_STATUS_MESSAGE =
  "A pipeline needs at least one open status: tickets reopen into the first open status. Add or open another status first.";

/** Throws when the statuses left after a change would have no open one. */
export function assertKeepsOpenStatus(remaining: { state: string }[]): void {
  if (!remaining.some((s) => s.state === "OPEN")) throw new AppError("CONFLICT", LAST_OPEN_STATUS_MESSAGE);
}
