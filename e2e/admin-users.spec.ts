// Settings > Users & teams in Chromium: a super admin adds a user (who can then sign in), changes
// their role, deactivates and reactivates them, and runs a team of their own; an agent only looks.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { captureToTmp } from "./support/screenshots-to-tmp";

const userRow = (page: Page, email: string) => page.getByTestId("user-row").filter({ hasText: email });
const teamCard = (page: Page, name: string) =>
  page.getByTestId("team-card").filter({ has: page.getByTestId("team-name").getByText(name, { exact: true }) });

async function trySignIn(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return page;
}

test.describe("as a super admin", () => {
  test.use({ storageState: storageStateOf("superadmin") });

  test("adds a user who can sign in, changes their role, deactivates and reactivates them", async ({
    page,
    browser,
  }, testInfo) => {
    const tag = Date.now().toString(36);
    const email = `e2e-${tag}@example.com`;
    await page.goto("/settings/users");
    await page.getByTestId("create-user").click();
    const dialog = page.getByTestId("create-user-dialog");
    await dialog.getByLabel("Name").fill(`E2E Person ${tag}`);
    await dialog.getByLabel("Email").fill(email);
    await dialog.getByRole("button", { name: "Generate" }).click();
    await dialog.getByRole("button", { name: "Add user" }).click();
    const password = (await dialog.getByTestId("new-user-password").textContent())!.trim();
    expect(password).toHaveLength(16);
    await captureToTmp(page, testInfo, "admin-user-created");
    await dialog.getByRole("button", { name: "Done" }).click();

    const signedIn = await trySignIn(browser, email, password);
    await expect(signedIn).toHaveURL(/\/tickets/);

    await page.reload();
    await expect(userRow(page, email)).toContainText("Agent");
    await userRow(page, email).getByTestId("user-role").click();
    await page.getByRole("option", { name: "Account admin" }).click();
    await expect(page.getByText(/is now account admin/)).toBeVisible();

    await userRow(page, email).getByTestId("deactivate-user").click();
    await page.getByTestId("confirm-deactivate").click();
    await expect(userRow(page, email)).toContainText("Deactivated");
    await page.reload();
    await expect(userRow(page, email).getByTestId("user-role")).toHaveText("Account admin");
    await expect(userRow(page, email)).toContainText("Deactivated");
    await captureToTmp(page, testInfo, "admin-users");

    // Their open session ends on their next request, and they cannot sign in again.
    await signedIn.goto("/tickets");
    await expect(signedIn).toHaveURL(/\/login/);
    await signedIn.context().close();

    const refused = await trySignIn(browser, email, password);
    await expect(refused.getByText("Email or password is incorrect.")).toBeVisible();
    await refused.context().close();

    await userRow(page, email).getByTestId("reactivate-user").click();
    await expect(userRow(page, email)).toContainText("Active");
    await expect(userRow(page, email)).toBeFocused(); // the pressed button is gone; focus stays on its row
    await page.reload();
    await expect(userRow(page, email)).toContainText("Active");
  });

  test("creates a team, adds and removes a member, renames and deletes it", async ({ page }, testInfo) => {
    const name = `E2E Team ${Date.now().toString(36)}`;
    await page.goto("/settings/users");
    await page.getByTestId("create-team").click();
    await page.getByTestId("create-team-dialog").getByLabel("Team name").fill(name);
    await page.getByTestId("create-team-dialog").getByRole("button", { name: "Create team" }).click();
    await expect(teamCard(page, name)).toBeVisible();

    await teamCard(page, name).getByTestId("add-team-member").click();
    await page.getByRole("option", { name: "Jordan Lee" }).click();
    await expect(teamCard(page, name).getByTestId("team-member")).toHaveText(["Jordan Lee"]);
    await page.reload();
    await expect(teamCard(page, name).getByTestId("team-member")).toHaveText(["Jordan Lee"]);
    await captureToTmp(page, testInfo, "admin-teams");

    await teamCard(page, name)
      .getByRole("button", { name: `Remove Jordan Lee from ${name}` })
      .click();
    await expect(teamCard(page, name).getByTestId("team-member")).toHaveCount(0);

    await teamCard(page, name).getByTestId("team-menu").click();
    await page.getByRole("menuitem", { name: "Rename" }).click();
    await page.getByTestId("rename-team-dialog").getByLabel("Team name").fill(`${name} L2`);
    await page.getByTestId("rename-team-dialog").getByRole("button", { name: "Rename" }).click();
    await expect(teamCard(page, `${name} L2`)).toBeVisible(); // saved: a reload now cannot cut it off
    await page.reload();
    await expect(teamCard(page, `${name} L2`)).toBeVisible();
    await expect(teamCard(page, `${name} L2`).getByText("No members yet.")).toBeVisible();

    await teamCard(page, `${name} L2`).getByTestId("team-menu").click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    await page.getByTestId("confirm-delete-team").click();
    await expect(teamCard(page, `${name} L2`)).toHaveCount(0);
    await page.reload();
    await expect(teamCard(page, `${name} L2`)).toHaveCount(0);
  });
});

test.describe("as an agent", () => {
  test.use({ storageState: storageStateOf("agent") });

  test("sees users and teams read-only, with the reason", async ({ page }, testInfo) => {
    await page.goto("/settings/users");
    await expect(page.getByTestId("readonly-reason")).toContainText(
      "Only super admins and users with the Account permission",
    );
    await expect(userRow(page, "agent@example.com")).toContainText("Alex Agent (you)");
    for (const control of [
      "create-user",
      "user-role",
      "deactivate-user",
      "create-team",
      "team-menu",
      "add-team-member",
    ]) {
      await expect(page.getByTestId(control)).toHaveCount(0);
    }
    await captureToTmp(page, testInfo, "agent-users");
  });
});
