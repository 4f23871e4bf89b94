// Issue 13 §3 in Chromium: an admin adding a webhook to a status is refused an internal address
// beside the URL field, then sees its signing secret once, and can rotate it (the new one shown
// once); an agent on the same Automate tab sees "Send webhook (POST)" but nowhere its URL — not
// on screen, not in the page's HTML or payload. Keyboard and focus checked; axe clean.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { captureToTmp } from "./support/screenshots-to-tmp";
import { gotoAutomate } from "./support/automate";

const TOKEN = "e2e-T0KEN-9f3a";
const STATUS = "Investigating";
const lane = (page: Page) => page.getByRole("region", { name: `Actions for ${STATUS}` });
const sheet = (page: Page) => page.getByTestId("action-sheet");
const secretDialog = (page: Page) => page.getByTestId("webhook-secret-dialog");
const webhookBubble = (page: Page) => lane(page).getByTestId("action-bubble").filter({ hasText: "Send webhook" });

test.describe.configure({ mode: "serial" });

test.describe("as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("adds a webhook: an internal address is refused, the secret is shown once, and can be rotated", async ({
    page,
  }, testInfo) => {
    await gotoAutomate(page, "Billing & Refunds");
    await lane(page)
      .getByRole("button", { name: `Add action to ${STATUS}` })
      .click();
    await page.getByRole("menuitem", { name: "Send webhook", exact: true }).click();
    const url = sheet(page).getByRole("textbox", { name: "Webhook URL", exact: true });
    await url.fill("http://169.254.169.254/latest/meta-data/");
    await sheet(page).getByRole("button", { name: "Add action", exact: true }).click();
    await expect(sheet(page).getByText(/169\.254\.169\.254, a linkLocal address/)).toBeVisible();
    await expect(url).toHaveAttribute("aria-invalid", "true");

    await url.fill(`https://hooks.example/ticketflow?key=${TOKEN}`);
    await url.press("Enter");
    await expect(secretDialog(page)).toBeVisible();
    const first = await page.getByTestId("webhook-secret-value").inputValue();
    expect(first).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    // axe on the dialog, once the "Action added." toast under the overlay has gone.
    await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
    await expectNoSeriousAxeViolations(page);
    await captureToTmp(page, testInfo, "webhook-secret-shown-once");
    await page.keyboard.press("Escape");
    await expect(secretDialog(page)).toBeHidden();
    await expect(page.locator("body")).not.toBeFocused();

    // Rotate from the webhook's panel, by keyboard.
    await webhookBubble(page)
      .getByRole("button", { name: /Send webhook/ })
      .first()
      .click();
    const rotate = sheet(page).getByTestId("rotate-webhook-secret");
    await rotate.focus();
    await page.keyboard.press("Enter");
    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toContainText("24 hours");
    await confirm.getByRole("button", { name: "Rotate secret" }).click();
    await expect(secretDialog(page)).toBeVisible();
    const second = await page.getByTestId("webhook-secret-value").inputValue();
    expect(second).toMatch(/^whsec_/);
    expect(second).not.toBe(first);
    await captureToTmp(page, testInfo, "webhook-secret-rotated");
    await secretDialog(page).getByRole("button", { name: "Done" }).click();
    await expect(secretDialog(page)).toBeHidden();
    await expect(page.locator("body")).not.toBeFocused();

    // The secret is nowhere on the page once its dialog is closed.
    await page.reload();
    const html = await page.content();
    expect(html).not.toContain(first.slice(6));
    expect(html).not.toContain(second.slice(6));
    expect(html).toContain(TOKEN); // admins see where it points
  });
});

test.describe("as an agent", () => {
  test.use({ storageState: storageStateOf("agent") });

  test("sees the webhook as 'Send webhook (POST)' and never its URL", async ({ page }, testInfo) => {
    const payloads: string[] = [];
    // Every answer the page gets (HTML, RSC payloads, server-action results).
    page.on("response", async (response) => payloads.push(await response.text().catch(() => "")));
    await gotoAutomate(page, "Billing & Refunds");
    await expect(webhookBubble(page)).toContainText("Send webhook (POST)");
    await webhookBubble(page)
      .getByRole("button", { name: /Send webhook/ })
      .first()
      .click();
    await expect(sheet(page).getByTestId("webhook-url-hidden")).toBeVisible();
    await expect(sheet(page).getByRole("textbox", { name: "Webhook URL" })).toHaveCount(0);
    await expect(sheet(page).getByTestId("rotate-webhook-secret")).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await captureToTmp(page, testInfo, "webhook-agent-view");
    await sheet(page).getByRole("button", { name: "Close" }).last().click();
    await expect(sheet(page)).toBeHidden();
    await page.getByRole("button", { name: "History" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await page.content()).not.toContain(TOKEN);
    expect(payloads.join("\n")).not.toContain(TOKEN);
    expect(payloads.join("\n")).not.toContain("hooks.example");
  });
});

test.afterAll(async ({ browser }) => {
  // Leave the seed as it was for other specs: remove the webhook again.
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await context.newPage();
  await gotoAutomate(page, "Billing & Refunds");
  const item = webhookBubble(page);
  if ((await item.count()) > 0) {
    await item.hover();
    await item.getByRole("button", { name: /^Delete / }).click();
    await page.getByRole("menuitem", { name: "Delete only this action" }).click();
    await expect(webhookBubble(page)).toHaveCount(0);
  }
  await context.close();
});
