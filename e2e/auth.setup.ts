// Signs in once per role and saves the session for the specs (`test.use({ storageState })`).
import { test as setup } from "@playwright/test";
import { ROLES, storageStateOf, type RoleKey } from "./support/roles";
import { signIn } from "./support/sign-in";

for (const role of Object.keys(ROLES) as RoleKey[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, role);
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
