// The demo users e2e signs in as (seeded by scripts/e2e-server.ts).
export const E2E_PASSWORD = "e2e-demo-password";

export const ROLES = {
  superadmin: { email: "superadmin@example.com", name: "Sam Super", label: "Super admin" },
  admin: { email: "admin@example.com", name: "Avery Admin", label: "Account admin" },
  agent: { email: "agent@example.com", name: "Alex Agent", label: "Agent" },
} as const;

export type RoleKey = keyof typeof ROLES;

/** E2E_AUTH_DIR: a folder of one's own, so two runs in one checkout do not sign each other out. */
export const storageStateOf = (role: RoleKey) => `${process.env.E2E_AUTH_DIR ?? "e2e/.auth"}/${role}.json`;
