// Navigation and settings helpers for the Automate tab and channel specs.
import { expect, type Page } from "@playwright/test";

export type PipelineName = "Support Pipeline" | "Billing & Refunds";

export async function gotoAutomate(page: Page, pipeline: PipelineName): Promise<void> {
  await page.goto("/settings/objects/tickets/pipelines");
  await expect(page).toHaveURL(/\/automate$/);
  if (pipeline !== "Support Pipeline") {
    const option = page.getByRole("option", { name: pipeline });
    // A click before hydration opens nothing: try again until the list shows.
    await expect(async () => {
      await page.getByTestId("pipeline-picker").click();
      await expect(option).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await option.click();
  }
  await expect(page.getByTestId("pipeline-picker")).toHaveText(pipeline);
  await expect(page.getByTestId("automate-tab")).toBeVisible();
}

/** Picks an option of a Radix select found by its label. */
export async function choose(page: Page, label: string | RegExp, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Settings > Account: switch the plan tier (specs switch back to Enterprise when done). */
export async function setPlan(page: Page, plan: "Free" | "Starter" | "Professional" | "Enterprise"): Promise<void> {
  await page.goto("/settings/account");
  const radio = page.getByRole("radio", { name: plan });
  if ((await radio.getAttribute("data-state")) === "checked") return;
  await radio.click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Account settings saved.")).toBeVisible();
}
