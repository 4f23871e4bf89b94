import { z } from "zod";
import { ZId } from "../ids";

export const ZCondition = z.object({
  property: z.enum(["priority", "source", "ownerId", "statusId", "subject", "contactId"]),
  operator: z.enum(["is", "is_not", "contains", "is_known", "is_unknown"]),
  value: z.string().max(500).optional(),
});

export const ZBranch = z.object({
  type: z.literal("branch"),
  branches: z
    .array(
      z.object({
        key: ZId,
        label: z.string().trim().min(1, "Name this branch").max(100),
        conditions: z.array(ZCondition).min(1, "Add at least one condition").max(20),
      }),
    )
    .min(1, "Add at least one branch")
    .max(10),
});

export type TBranch = z.output<typeof ZBranch>;
