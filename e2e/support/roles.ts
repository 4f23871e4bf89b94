// The demo users e2e signs in as (seeded by scripts/e2e-server.ts).
export const E2E_PASSWORD = "e2e-demo-password";

export const ROLES = {
  superadmin: { email: "superadmin@example.com", name: "Sam Super", label: "Super admin" },
  admin: { email: "admin@example.com", name: "Avery Admin", label: "Account admin" },
  agent: { email: "agent@example.com", name: "Alex Agent", label: "Agent" },
} as const;

export type RoleKey = keyof typeof ROLES;

export const storageStateOf = (role: RoleKey) => `e2e/.auth/${role}.json`;
