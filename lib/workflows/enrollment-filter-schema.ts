// Workflow enrollment filters (SPEC §5) as stored in Workflow.enrollmentFilters (JSON).
// Free of server imports: the workflow editor and the data layer parse with the same schema.
import { z } from "zod";
import type { EnrollmentFilter } from "@/lib/automation";

const ZProperty = z.enum(["source", "priority", "ownerId"]);

export const ZEnrollmentFilter = z.union([
  z.object({ property: ZProperty, operator: z.enum(["is", "is_not"]), value: z.string() }),
  z.object({ property: ZProperty, operator: z.enum(["is_any_of", "is_none_of"]), value: z.array(z.string()) }),
  z.object({ property: ZProperty, operator: z.enum(["is_known", "is_unknown"]), value: z.null().optional() }),
]) satisfies z.ZodType<EnrollmentFilter>;

export const ZEnrollmentFilters = z.array(ZEnrollmentFilter);

/** A filter no ticket matches: stored filters that no longer parse enrol nobody, rather than everybody. */
const MATCHES_NOTHING: EnrollmentFilter = { property: "source", operator: "is_any_of", value: [] };

export function parseEnrollmentFilters(stored: unknown): EnrollmentFilter[] {
  const parsed = ZEnrollmentFilters.safeParse(stored ?? []);
  return parsed.success ? parsed.data : [MATCHES_NOTHING];
}
