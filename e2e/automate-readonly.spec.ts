import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";

test.describe("as an agent", () => {
  test.use({ storageState: storageStateOf("agent") });

  test("Settings > Objects > Tickets > Pipelines shows the automation read-only, with the reason", async ({
    page,
  }, testInfo) => {
    await page.goto("/tickets");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Objects: Tickets" }).click();
    await expect(page).toHaveURL(/\/settings\/objects\/tickets\/pipelines\/[^/]+\/automate$/);
    await expect(page.getByTestId("pipeline-picker")).toHaveText("Support Pipeline");
    await expect(page.getByTestId("readonly-reason")).toContainText(
      "Only super admins and users with the Account permission",
    );
    await expect(page.getByRole("switch", { name: /Set the close date to today/ })).toBeDisabled();
    await expect(page.getByRole("checkbox", { name: "An email is sent to a customer" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Edit action: An email is sent to a customer" })).toBeDisabled();
    await expect(page.getByTestId("export-automation")).toBeDisabled();
    await expect(page.getByTestId("import-automation")).toBeDisabled();
    for (const status of ["New", "Waiting on contact", "Waiting on us", "Closed"]) {
      await expect(page.getByRole("region", { name: `Actions for ${status}` })).toBeVisible();
    }
    await expect(page.getByRole("link", { name: "Support inbox" })).toBeVisible();
    await page.getByTestId("open-history").click();
    await expect(page.getByTestId("history-drawer")).toBeVisible();
    await page.keyboard.press("Escape");
    await captureBothWidths(page, testInfo, "automate-agent");
  });

  test("the pipeline picker switches pipelines and keeps the tab", async ({ page }) => {
    await page.goto("/settings/objects/tickets/pipelines");
    await page.getByTestId("pipeline-picker").click();
    await page.getByRole("option", { name: "Billing & Refunds" }).click();
    await expect(page.getByTestId("pipeline-picker")).toHaveText("Billing & Refunds");
    await expect(page).toHaveURL(/\/automate$/);
    await expect(page.getByRole("region", { name: "Actions for Refund issued" })).toBeVisible();
  });
});
