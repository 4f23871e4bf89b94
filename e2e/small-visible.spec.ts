// Issue 15 item 5, the small but visible things: an empty search is one message with "Clear
// filters"; status badges are coloured by open/closed, not alert colours; the settings
// sub-navigation wraps on a phone instead of hiding links sideways; "Open in Workflows" says it
// opens a new tab and does; the workflow editor's trigger card is not styled like an error.
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { gotoAutomate } from "./support/automate";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { VIEWPORTS } from "./support/screenshots";
import { createTicket, screenshots, uniqueSubject } from "./ticket-fixtures";

test.use({ storageState: storageStateOf("superadmin") });

test("a search that matches nothing shows one empty state; Clear filters brings every ticket back", async ({
  page,
}, testInfo) => {
  await page.goto("/tickets");
  await expect(page.getByTestId("ticket-card").first()).toBeVisible();
  await page.getByRole("searchbox", { name: "Search tickets" }).fill(uniqueSubject("Nothing matches"));
  const empty = page.getByTestId("board-no-matches");
  await expect(empty).toBeVisible();
  await expect(page.getByText("No tickets", { exact: true })).toHaveCount(0);
  await expect(page.getByTestId("board-column")).toHaveCount(0);
  await screenshots(page, testInfo, "board-no-matches");
  await expectNoSeriousAxeViolations(page);
  await empty.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByTestId("ticket-card").first()).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search tickets" })).toHaveValue("");
  await expect(page.getByRole("searchbox", { name: "Search tickets" })).toBeFocused();
});

test("status badges say open or closed in calm colours", async ({ page }) => {
  await createTicket(page, { pipeline: "Support Pipeline", subject: uniqueSubject("Badge colour") });
  const badge = page.getByTestId("record-status");
  await expect(badge).toHaveAttribute("data-state", "open");
  const colour = await badge.evaluate((el) => getComputedStyle(el).color);
  // Not the brand orange (#ff7a59) nor the destructive red (#c62f2f).
  expect(colour).not.toBe("rgb(255, 122, 89)");
  expect(colour).not.toBe("rgb(198, 47, 47)");
});

test("the settings sub-navigation wraps on a phone: every link is on screen", async ({ page }, testInfo) => {
  await page.setViewportSize(VIEWPORTS.mobile);
  await page.goto("/settings/channels");
  const links = page.getByRole("navigation", { name: "Settings" }).getByRole("link");
  expect(await links.count()).toBeGreaterThan(5);
  for (const link of await links.all()) {
    const box = (await link.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
  }
  await page.setViewportSize(VIEWPORTS.desktop);
  await screenshots(page, testInfo, "settings-nav");
});

test("Open in Workflows opens a new tab and says so; the trigger card is neutral", async ({ page, context }) => {
  await gotoAutomate(page, "Support Pipeline");
  const open = page.getByRole("link", { name: "Open in Workflows: Closed (opens in a new tab)" });
  await expect(open).toHaveAttribute("target", "_blank");
  await expect(open).toHaveAttribute("rel", /noopener/);
  const [editor] = await Promise.all([context.waitForEvent("page"), open.click()]);
  await expect(editor).toHaveURL(/\/workflows\/[^/]+$/);
  const trigger = editor.getByTestId("workflow-trigger");
  await expect(trigger).toBeVisible();
  const border = await trigger.evaluate((el) => getComputedStyle(el).borderTopColor);
  expect(border).not.toContain("255, 122, 89");
  await editor.close();
});
