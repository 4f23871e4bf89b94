// Users & teams settings inputs (users side), shared by the forms and the server actions.
import { z } from "zod";
import { PASSWORD_MIN } from "@/lib/auth/schemas";

export const ROLES = ["SUPER_ADMIN", "ACCOUNT_ADMIN", "AGENT"] as const;
export type RoleName = (typeof ROLES)[number];

export const ROLE_LABEL: Record<RoleName, string> = {
  SUPER_ADMIN: "Super admin",
  ACCOUNT_ADMIN: "Account admin",
  AGENT: "Agent",
};

export const USER_NAME_MAX = 100;

const ZUserId = z.string().min(1, "Choose a user").max(100);

export const ZCreateUser = z.object({
  name: z.string().trim().min(1, "Enter the user's name").max(USER_NAME_MAX, `Use at most ${USER_NAME_MAX} characters`),
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  role: z.enum(ROLES, "Choose a role"),
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
    .max(200, "Use at most 200 characters"),
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZChangeUserRole = z.object({ userId: ZUserId, role: z.enum(ROLES, "Choose a role") });
export type TChangeUserRole = z.infer<typeof ZChangeUserRole>;

export const ZSetUserActive = z.object({ userId: ZUserId, active: z.boolean() });
export type TSetUserActive = z.infer<typeof ZSetUserActive>;
