// A person's (or their API key's) change as the engine's Cause, carrying whether their role
// bypasses the pipeline rules (SPEC §8: super admins and the Account permission do).
import type { Cause } from "@/lib/automation";
import { can, type Actor } from "@/lib/auth/policy";

export function personCause(kind: "user" | "api", actor: Actor): Cause {
  return { kind, userId: actor.id, bypassesPipelineRules: can(actor, "pipelineRules.bypass") };
}
