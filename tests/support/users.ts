// Looks up the seeded demo users by role, for tests that act as them.
import { db } from "@/lib/db";
import { signInAs } from "./session-store";

export const DEMO_EMAIL = {
  SUPER_ADMIN: "superadmin@example.com",
  ACCOUNT_ADMIN: "admin@example.com",
  AGENT: "agent@example.com",
} as const;

export type DemoRole = keyof typeof DEMO_EMAIL;

export async function userIdOf(role: DemoRole): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAIL[role] }, select: { id: true } });
  return user.id;
}

export async function actAs(role: DemoRole | null): Promise<void> {
  signInAs(role ? await userIdOf(role) : null);
}
