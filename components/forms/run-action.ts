"use client";
// Calls a server action from a control and tells the user how it went: a toast on success, the
// server's message on failure, and a Reload button when someone else changed the same thing.
import type { DefaultValues, FieldValues, Path, UseFormReturn } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/action-result";
import type { FieldIssue } from "@/lib/errors";

type Failure = Extract<ActionResult<never>, { ok: false }>;

const OFFLINE: Failure = {
  ok: false,
  error: { code: "INTERNAL", status: 0, message: "Could not reach the server. Try again.", issues: [] },
};

interface RunOptions {
  /** The caller shows a failure on screen itself (an alert beside the control): no toast as well. */
  failureOnScreen?: boolean;
  /** false: the caller says the success itself (e.g. a toast with Undo). */
  successToast?: boolean;
}

export async function runAction<T>(
  call: () => Promise<ActionResult<T>>,
  success: string,
  options: RunOptions = {},
): Promise<ActionResult<T>> {
  let result: ActionResult<T>;
  try {
    result = await call();
  } catch {
    result = OFFLINE;
  }
  if (result.ok) {
    if (options.successToast !== false) toast.success(success);
  } else if (options.failureOnScreen) return result;
  else if (result.error.code === "CONFLICT") {
    toast.error(result.error.message, {
      duration: 15_000,
      action: { label: "Reload", onClick: () => window.location.reload() },
    });
  } else toast.error(result.error.message);
  return result;
}

/**
 * Puts the server's field issues beside their fields (the server checks what the browser cannot,
 * e.g. that a status still belongs to the pipeline). `fieldOf` maps an issue path to a form field.
 */
export function showFieldIssues<T extends FieldValues>(
  form: UseFormReturn<T>,
  issues: FieldIssue[],
  fieldOf: (path: FieldIssue["path"]) => string | null = (path) => path.join("."),
): void {
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field) form.setError(field as Path<T>, { message: issue.message }, { shouldFocus: true });
  }
}

/**
 * The submit handler of a settings form that carries the version it read: on success the form
 * keeps the saved values with the new version (so the next save is not refused as stale).
 */
export function submitVersioned<T extends FieldValues & { expectedVersion: number }>(
  form: UseFormReturn<T>,
  action: (input: T) => Promise<ActionResult<{ version: number }>>,
  success: string,
) {
  return form.handleSubmit(async (input) => {
    const result = await runAction(() => action(input), success);
    if (result.ok) form.reset({ ...input, expectedVersion: result.data.version } as DefaultValues<T>);
    else showFieldIssues(form, result.error.issues);
  });
}
