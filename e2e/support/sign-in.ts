import { expect, type Page } from "@playwright/test";
import { E2E_PASSWORD, ROLES, type RoleKey } from "./roles";

export async function signIn(page: Page, role: RoleKey, password = E2E_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(ROLES[role].email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/tickets/);
}
