// The workflow editor (/workflows/[id]) as a person uses it: create a workflow from the list,
// add an action at a "+" of a path, submit the side panel.
import { expect, type Page } from "@playwright/test";

export const sheet = (page: Page) => page.getByTestId("action-sheet");
export const flow = (page: Page) => page.getByRole("list", { name: "Actions in the workflow" });

/** "Create workflow" on /workflows, enrolling from `status` ("Pipeline: Status"); lands in the editor. */
export async function createWorkflow(page: Page, name: string, status: string) {
  await page.goto("/workflows");
  await expect(async () => {
    await page.getByRole("button", { name: "Create workflow" }).click();
    await expect(page.getByRole("dialog")).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await page.getByRole("dialog").getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("dialog").getByRole("combobox", { name: "Ticket reaches status" }).click();
  await page.getByRole("option", { name: status, exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/workflows\/[^/]+$/);
}

/** Opens the side panel to add `type` at the "+" named `where` ("the workflow, position 1", "branch None met, position 1"). */
export async function addAt(page: Page, where: string, type: string) {
  await page.getByRole("button", { name: `Add action to ${where}` }).click();
  await page.getByRole("menuitem", { name: type, exact: true }).click();
  await expect(sheet(page).getByRole("heading", { name: `Add action: ${type}` })).toBeVisible();
}

export async function submitAdd(page: Page) {
  await sheet(page).getByRole("button", { name: "Add action", exact: true }).click();
  await expect(page.getByText("Action added.").first()).toBeVisible();
  await expect(sheet(page)).toBeHidden();
}

/** The Settings tab's "Workflow is on" switch, turned to `on` (not saved yet). */
export async function setOn(page: Page, on: boolean) {
  await page.getByRole("tab", { name: "Settings" }).click();
  const toggle = page.getByRole("switch", { name: "Workflow is on" });
  if ((await toggle.getAttribute("aria-checked")) !== String(on)) await toggle.click();
}

/** "Save settings" on the Settings tab, waiting for its confirmation. */
export async function saveSettings(page: Page) {
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.").first()).toBeVisible();
}
