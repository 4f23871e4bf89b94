import { z } from "zod";

export const ZAssignOwner = z.union([
  z.object({ type: z.literal("assign_owner"), userId: z.string().min(1, "Choose a user").max(100) }),
  z.object({ type: z.literal("assign_owner"), rotateAmongTeamId: z.string().min(1, "Choose a team").max(100) }),
]);

export type TAssignOwner = z.output<typeof ZAssignOwner>;
