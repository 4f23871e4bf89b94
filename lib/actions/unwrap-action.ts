// Client side of ActionResult for TanStack Query, which wants a value or a thrown error:
// `unwrap` turns a failed result into an ActionFailure that keeps the code and field issues.
import type { FieldIssue } from "@/lib/errors";
import type { ActionResult } from "./action-result";

type ActionError = Extract<ActionResult<never>, { ok: false }>["error"];

export class ActionFailure extends Error {
  readonly code: ActionError["code"];
  readonly status: number;
  readonly issues: FieldIssue[];

  constructor(error: ActionError) {
    super(error.message);
    this.name = "ActionFailure";
    this.code = error.code;
    this.status = error.status;
    this.issues = error.issues;
  }
}

export async function unwrap<T>(pending: Promise<ActionResult<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ActionFailure(result.error);
  return result.data;
}
