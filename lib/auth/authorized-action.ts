// The shape of every server action: authenticate → authorize (policy) → parse (zod) → call
// lib → return data or a typed error. Used as `export const x = authorizedAction(...)`.
import "server-only";
import type { z } from "zod";
import { requirePermission, type CurrentUser } from "@/lib/auth/current-user";
import type { PolicyAction } from "@/lib/auth/policy";
import { toActionError, type ActionResult } from "@/lib/actions/action-result";

export function authorizedAction<TSchema extends z.ZodType, TResult>(
  permission: PolicyAction,
  schema: TSchema,
  run: (input: z.output<TSchema>, user: CurrentUser) => Promise<TResult>,
): (input: z.input<TSchema>) => Promise<ActionResult<TResult>> {
  return async (input) => {
    try {
      const user = await requirePermission(permission);
      const parsed = schema.parse(input);
      return { ok: true, data: await run(parsed, user) };
    } catch (error) {
      return toActionError(error);
    }
  };
}
