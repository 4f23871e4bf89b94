// Issue 15 item 1: keyboard focus stays put. Closing a side panel (Escape or Cancel) returns it to
// what opened the panel, a keyboard drop leaves it on the moved card, sending an email leaves it
// in the composer — never on <body>; and each board card is one tab stop.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { gotoAutomate } from "./support/automate";
import { dragWithKeyboard } from "./support/board-keyboard";
import { sheet } from "./support/workflow-editor";
import { card, column, createTicket, openBoard, screenshots, uniqueSubject } from "./ticket-fixtures";

test.use({ storageState: storageStateOf("superadmin") });

const focusedIsBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);

async function expectFocusOn(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  expect(await focusedIsBody(page)).toBe(false);
}

test("each board card is one tab stop: Tab goes card to card through the seeded board", async ({ page }) => {
  await page.goto("/tickets");
  const board = page.getByTestId("board");
  const cards = board.getByTestId("ticket-card");
  await expect(cards.first()).toBeVisible();
  const cardCount = await cards.count();
  const loadMore = await board.getByRole("button", { name: /^Load more/ }).count();
  await cards.first().getByRole("link").focus();
  let stops = 1;
  // Tab until focus leaves the board; every stop is a card's subject link (or a column's Load more).
  for (;;) {
    await page.keyboard.press("Tab");
    const where = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || !el.closest("[data-testid=board]")) return "outside";
      if (el.closest("[data-testid=ticket-card]")) return el.tagName === "A" ? "card" : `in-card ${el.tagName}`;
      return el.textContent?.startsWith("Load more") ? "load-more" : `other ${el.tagName}`;
    });
    if (where === "outside") break;
    expect(["card", "load-more"]).toContain(where);
    stops++;
  }
  expect(stops).toBe(cardCount + loadMore);
  console.log(`board tab stops: ${stops} for ${cardCount} cards and ${loadMore} Load more buttons`);
});

test("after a keyboard drop focus is on the moved card in its new column", async ({ page }) => {
  const subject = uniqueSubject("Focus drop");
  await createTicket(page, { pipeline: "Support Pipeline", subject });
  await openBoard(page, "Support Pipeline", subject);
  await expect(column(page, "New").getByText(subject)).toBeVisible();
  await dragWithKeyboard(page, subject, "ArrowRight", 2, "Waiting on us");
  await expect(column(page, "Waiting on us").getByText(subject)).toBeVisible();
  await expectFocusOn(page, column(page, "Waiting on us").getByRole("link", { name: subject }));
  // Enter on the focused card opens its record (Space was the drag).
  await expect(card(page, subject)).not.toHaveAttribute("aria-busy");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/tickets\/[^/?]+$/);
});

test("after sending an email from the ticket record focus is back in the composer", async ({ page }, testInfo) => {
  const subject = uniqueSubject("Focus send");
  const contactEmail = `${subject.replace(/\W+/g, ".").toLowerCase()}@customer.example`;
  await createTicket(page, { pipeline: "Support Pipeline", subject, contactEmail });
  const composer = page.getByTestId("email-composer");
  await composer.getByLabel("Subject").fill(`Re: ${subject}`);
  await composer.getByLabel("Message").fill("Focus stays here.");
  await composer.getByRole("button", { name: "Send email" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Email sent.")).toBeVisible();
  await expectFocusOn(page, composer.getByLabel("Message"));
  await screenshots(page, testInfo, "focus-record-after-send");
});

test.describe("the Automate tab's side panels", () => {
  test("a bubble's panel closed by Escape, the add panel by Cancel, a trigger's panel by either", async ({ page }) => {
    await gotoAutomate(page, "Support Pipeline");
    const lanes = page.getByTestId("status-actions");

    const bubble = lanes.locator("[data-action-id]").first();
    await bubble.focus();
    await page.keyboard.press("Enter");
    await expect(sheet(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(sheet(page)).toBeHidden();
    await expectFocusOn(page, bubble);

    const add = page.getByRole("button", { name: "Add action to New" });
    await add.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menuitem", { name: "Create task", exact: true }).click();
    await expect(sheet(page)).toBeVisible();
    await sheet(page).getByRole("button", { name: "Cancel" }).click();
    await expect(sheet(page)).toBeHidden();
    await expectFocusOn(page, add);

    const triggerPanel = page.getByTestId("email-trigger-panel");
    for (const close of ["Escape", "Cancel"] as const) {
      const edit = page.getByRole("button", { name: /^Edit action: / }).first();
      await edit.focus();
      await page.keyboard.press("Enter");
      await expect(triggerPanel).toBeVisible();
      if (close === "Escape") await page.keyboard.press("Escape");
      else await triggerPanel.getByRole("button", { name: "Cancel" }).click();
      await expect(triggerPanel).toBeHidden();
      await expectFocusOn(page, edit);
    }
  });
});

// The workflow editor's panels (the "+" after Escape, the saved bubble, the bubble after Cancel)
// are checked in delete-undo.spec.ts, on the one workflow it creates (one per status).
