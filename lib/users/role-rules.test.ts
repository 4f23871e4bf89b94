import { describe, expect, it } from "vitest";
import { assignableRoles, roleChangeRefusal, type UserChange } from "./role-rules";

const superAdmin = { id: "sa", role: "SUPER_ADMIN" } as const;
const admin = { id: "aa", role: "ACCOUNT_ADMIN" } as const;

function change(partial: Partial<UserChange> & Pick<UserChange, "after">): UserChange {
  return { actor: superAdmin, before: null, activeSuperAdmins: 2, ...partial };
}

describe("roleChangeRefusal", () => {
  it("lets a super admin grant and remove Super admin while another one stays", () => {
    expect(
      roleChangeRefusal(
        change({ before: { id: "u", role: "AGENT", active: true }, after: { role: "SUPER_ADMIN", active: true } }),
      ),
    ).toBeNull();
    expect(
      roleChangeRefusal(
        change({ before: { id: "u", role: "SUPER_ADMIN", active: true }, after: { role: "AGENT", active: true } }),
      ),
    ).toBeNull();
  });

  it("lets an account admin manage agents and account admins", () => {
    const actor = admin;
    expect(roleChangeRefusal(change({ actor, after: { role: "ACCOUNT_ADMIN", active: true } }))).toBeNull();
    expect(
      roleChangeRefusal(
        change({
          actor,
          before: { id: "u", role: "ACCOUNT_ADMIN", active: true },
          after: { role: "AGENT", active: true },
        }),
      ),
    ).toBeNull();
    expect(
      roleChangeRefusal(
        change({ actor, before: { id: "u", role: "AGENT", active: true }, after: { role: "AGENT", active: false } }),
      ),
    ).toBeNull();
  });

  it.each([
    ["create a super admin", null, { role: "SUPER_ADMIN", active: true }],
    ["promote to super admin", { id: "u", role: "AGENT", active: true }, { role: "SUPER_ADMIN", active: true }],
    ["demote a super admin", { id: "u", role: "SUPER_ADMIN", active: true }, { role: "ACCOUNT_ADMIN", active: true }],
    [
      "deactivate a super admin",
      { id: "u", role: "SUPER_ADMIN", active: true },
      { role: "SUPER_ADMIN", active: false },
    ],
    [
      "reactivate a super admin",
      { id: "u", role: "SUPER_ADMIN", active: false },
      { role: "SUPER_ADMIN", active: true },
    ],
  ] as const)("refuses an account admin who tries to %s", (_label, before, after) => {
    expect(roleChangeRefusal(change({ actor: admin, before, after }))).toBe("super_admin_only");
  });

  it("keeps the last active super admin: no demotion, no deactivation, not even by themselves", () => {
    const last = { id: "sa", role: "SUPER_ADMIN", active: true } as const;
    expect(
      roleChangeRefusal(change({ before: last, after: { role: "AGENT", active: true }, activeSuperAdmins: 1 })),
    ).toBe("last_super_admin");
    const other = { ...last, id: "other" };
    expect(
      roleChangeRefusal(change({ before: other, after: { role: "SUPER_ADMIN", active: false }, activeSuperAdmins: 1 })),
    ).toBe("last_super_admin");
  });

  it("lets a super admin step down when another active super admin remains", () => {
    const self = { id: "sa", role: "SUPER_ADMIN", active: true } as const;
    expect(
      roleChangeRefusal(change({ before: self, after: { role: "ACCOUNT_ADMIN", active: true }, activeSuperAdmins: 2 })),
    ).toBeNull();
  });

  it("refuses deactivating your own account, whatever your role", () => {
    expect(
      roleChangeRefusal(
        change({
          actor: admin,
          before: { id: "aa", role: "ACCOUNT_ADMIN", active: true },
          after: { role: "ACCOUNT_ADMIN", active: false },
        }),
      ),
    ).toBe("own_account");
  });

  it("does not count an inactive super admin as lost", () => {
    const inactive = { id: "u", role: "SUPER_ADMIN", active: false } as const;
    expect(
      roleChangeRefusal(change({ before: inactive, after: { role: "AGENT", active: false }, activeSuperAdmins: 1 })),
    ).toBeNull();
  });
});

describe("assignableRoles", () => {
  it("offers Super admin only to super admins", () => {
    expect(assignableRoles(superAdmin)).toEqual(["SUPER_ADMIN", "ACCOUNT_ADMIN", "AGENT"]);
    expect(assignableRoles(admin)).toEqual(["ACCOUNT_ADMIN", "AGENT"]);
  });
});
