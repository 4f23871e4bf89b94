// Issue 15 item 3: automation reads as a person would say it, on the seeded pipelines — values by
// their labels (no "HIGH", no ids), people by name, times in the account's zone (no ISO stamps),
// History without raw field names or "— →".
import { expect, test, type Page } from "@playwright/test";
import { gotoAutomate } from "./support/automate";
import { storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";

test.use({ storageState: storageStateOf("superadmin") });

const RAW_PRIORITY = /\b(LOW|MEDIUM|HIGH|URGENT)\b/;
const ISO_STAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

async function texts(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(testId).allInnerTexts();
}

test("bubbles and History on the Automate tab read in the product's words", async ({ page }, testInfo) => {
  for (const pipeline of ["Support Pipeline", "Billing & Refunds"] as const) {
    await gotoAutomate(page, pipeline);
    const bubbles = await texts(page, "action-bubble");
    for (const text of bubbles) {
      expect(text).not.toMatch(RAW_PRIORITY);
      expect(text.trim()).not.toBe("Assign owner"); // the owner is named
      expect(text).not.toMatch(/\bc[a-z0-9]{20,}\b/); // no id in place of a name
    }
  }
  await page.getByTestId("open-history").click();
  const drawer = page.getByTestId("history-drawer");
  await expect(drawer).toBeVisible();
  const entries = (await drawer.getByTestId("history-entry").allInnerTexts()).join("\n");
  expect(entries).not.toContain("action_comment");
  expect(entries).not.toContain("— →");
  expect(entries).not.toMatch(ISO_STAMP);
  await captureBothWidths(page, testInfo, "automation-text-history");
});

test("the ticket record's timeline and messages name people and show local times", async ({ page }, testInfo) => {
  await page.goto("/");
  const first = page.getByTestId("ticket-card").first().getByRole("link").first();
  await expect(first).toBeVisible();
  await page.goto((await first.getAttribute("href")) ?? "/");
  await expect(page.getByTestId("timeline")).toBeVisible();
  const timeline = (await texts(page, "timeline-entry")).join("\n");
  expect(timeline).not.toMatch(ISO_STAMP);
  expect(timeline).not.toContain("email sent from Ticketflow");
  expect(timeline).not.toMatch(RAW_PRIORITY);
  await captureBothWidths(page, testInfo, "automation-text-record");
});

test("the Workflows list shows times without ISO stamps", async ({ page }) => {
  await page.goto("/workflows");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.locator("main").innerText()).not.toMatch(ISO_STAMP);
});
