// Settings > Account > Business hours (SPEC §9): an admin sets opening hours and a holiday in the
// browser, a bad time is named beside its field, the calendar is kept after a reload and shows in
// History; agents see it read-only. What is changed is put back for the other specs.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";
import { expectNoSeriousAxeViolations } from "./support/axe";

const save = (page: Page) => page.getByRole("button", { name: "Save" });
const opens = (page: Page, day: string, n = 1) => page.getByLabel(`${day}, range ${n}: opens`);
const closes = (page: Page, day: string, n = 1) => page.getByLabel(`${day}, range ${n}: closes`);

async function gotoBusinessHours(page: Page): Promise<void> {
  await page.goto("/settings/account");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Business hours" }).click();
  await expect(page.getByRole("heading", { name: "Business hours" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Business hours" })).toHaveAttribute("aria-current", "page");
}

test.describe("as an account admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("sets Saturday hours and a holiday, sees a bad time named, and finds it all after a reload", async ({
    page,
  }, testInfo) => {
    await gotoBusinessHours(page);
    await expect(page.getByLabel("Time zone")).toHaveText("Europe/Berlin");
    await expect(opens(page, "Monday")).toHaveValue("09:00");
    await expect(closes(page, "Friday")).toHaveValue("17:00");

    // A click before hydration does nothing: try until the new range's field appears (and has focus).
    await expect(async () => {
      await page.getByRole("button", { name: "Add hours on Saturday" }).click();
      await expect(opens(page, "Saturday")).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await expect(opens(page, "Saturday")).toBeFocused();
    await opens(page, "Saturday").fill("10:00");
    await closes(page, "Saturday").fill("24:01");
    await page.getByRole("button", { name: "Add holiday" }).click();
    await expect(page.getByLabel("Holiday 1", { exact: true })).toBeFocused();
    await page.getByLabel("Holiday 1", { exact: true }).fill("2026-12-25");
    await save(page).click();
    await expect(page.getByText("Use a time from 00:00 to 24:00 (HH:MM)")).toBeVisible();
    await expect(closes(page, "Saturday")).toHaveAttribute("aria-invalid", "true");
    await expect(closes(page, "Saturday")).toBeFocused();
    await captureBothWidths(page, testInfo, "business-hours-error");

    await closes(page, "Saturday").fill("14:00");
    await save(page).click();
    await expect(page.getByText("Business hours saved.")).toBeVisible();
    await page.reload();
    await expect(opens(page, "Saturday")).toHaveValue("10:00");
    await expect(closes(page, "Saturday")).toHaveValue("14:00");
    await expect(page.getByLabel("Holiday 1", { exact: true })).toHaveValue("2026-12-25");
    await expectNoSeriousAxeViolations(page);
    await captureBothWidths(page, testInfo, "business-hours");

    await page.getByTestId("open-history").click();
    const drawer = page.getByTestId("history-drawer");
    await expect(drawer).toContainText("Business hours: opening hours");
    await expect(drawer).toContainText("Sat 10:00–14:00");
    await expect(drawer).toContainText("Avery Admin");
    await page.keyboard.press("Escape");

    // Back as it was, for the other specs.
    await page.getByRole("button", { name: "Remove Saturday range 1" }).click();
    await page.getByRole("button", { name: "Remove holiday 1" }).click();
    await save(page).click();
    await expect(page.getByText("Business hours saved.")).toBeVisible();
    await page.reload();
    await expect(opens(page, "Saturday")).toHaveCount(0);
  });

  test("refuses overlapping ranges beside the later one", async ({ page }) => {
    await gotoBusinessHours(page);
    await expect(async () => {
      await page.getByRole("button", { name: "Add hours on Tuesday" }).click();
      await expect(opens(page, "Tuesday", 2)).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await opens(page, "Tuesday", 2).fill("16:00");
    await closes(page, "Tuesday", 2).fill("18:00");
    await save(page).click();
    await expect(page.getByText("Overlaps 09:00–17:00 on Tuesday")).toBeVisible();
    await expect(opens(page, "Tuesday", 2)).toHaveAttribute("aria-invalid", "true");
  });
});

test.describe("as an agent", () => {
  test.use({ storageState: storageStateOf("agent") });

  test("sees the business hours read-only, with the reason", async ({ page }) => {
    await gotoBusinessHours(page);
    await expect(page.getByTestId("readonly-reason")).toContainText("Only super admins");
    await expect(opens(page, "Monday")).toBeDisabled();
    await expect(page.getByRole("button", { name: "Add holiday" })).toBeDisabled();
    await expect(save(page)).toBeDisabled();
  });
});
