import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { card, column, createTicket, openBoard, screenshots, todayInBerlin, uniqueSubject } from "./ticket-fixtures";
import { dragWithKeyboard } from "./support/board-keyboard";

/** A real mouse drag: press, move in steps (dnd-kit starts after 6 px), release over the column. */
async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  await expect(from).not.toHaveAttribute("aria-busy");
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + 12);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + 20, { steps: 3 });
  await page.mouse.move(end.x + end.width / 2, end.y + 80, { steps: 12 });
  await page.mouse.up();
}

/** A finger: press and hold (the touch sensor waits 200 ms, so a swipe still scrolls), move, lift. */
async function dragWithTouch(page: Page, from: Locator, to: Locator): Promise<void> {
  await expect(from).not.toHaveAttribute("aria-busy");
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number, y: number) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y }] });
  // On the card's lower half, away from the subject link (a tap there opens the ticket).
  const [x0, y0] = [start.x + start.width / 2, start.y + start.height - 12];
  const [x1, y1] = [end.x + end.width / 2, end.y + 80];
  await touch("touchStart", x0, y0);
  await page.waitForTimeout(350);
  for (let i = 1; i <= 12; i++) await touch("touchMove", x0 + ((x1 - x0) * i) / 12, y0 + ((y1 - y0) * i) / 12);
  await touch("touchEnd", x1, y1);
  await cdp.detach();
}

async function setCloseDateAutomation(page: Page, pipeline: string, on: boolean): Promise<void> {
  await page.goto("/settings/objects/tickets/pipelines");
  if (pipeline !== "Support Pipeline") {
    await page.getByTestId("pipeline-picker").click();
    await page.getByRole("option", { name: pipeline }).click();
    await expect(page.getByTestId("pipeline-picker")).toHaveText(pipeline);
  }
  const toggle = page.getByRole("switch", { name: /Set the close date to today/ });
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await expect(toggle).toBeChecked({ checked: on });
  await expect(toggle).toBeEnabled();
}

test.describe("the ticket board", () => {
  test.use({ storageState: storageStateOf("agent") });

  test("a mouse drag into Closed sets today's close date (toggle on); back to New keeps it", async ({
    page,
  }, testInfo) => {
    const subject = uniqueSubject("Mouse drag");
    await createTicket(page, { pipeline: "Support Pipeline", subject, contactEmail: "maria.garcia@customer.example" });
    await openBoard(page, "Support Pipeline", subject);
    await expect(card(page, subject)).toHaveCount(1);
    await expect(column(page, "New").getByTestId("ticket-card")).toHaveCount(1);

    await dragWithMouse(page, card(page, subject), column(page, "Closed"));
    await expect(column(page, "Closed").getByText(subject)).toBeVisible();
    await expect(column(page, "Closed").getByTestId("card-close-date")).toHaveText(`Close date ${todayInBerlin()}`);
    await expect(column(page, "Closed").getByTestId("column-count")).toHaveText("1");
    await expect(column(page, "New").getByTestId("column-count")).toHaveText("0");

    await dragWithMouse(page, card(page, subject), column(page, "New"));
    await expect(column(page, "New").getByText(subject)).toBeVisible();
    await page.reload();
    await expect(column(page, "New").getByText(subject)).toBeVisible();
    await expect(column(page, "New").getByTestId("card-close-date")).toHaveText(`Close date ${todayInBerlin()}`);
    await card(page, subject).getByRole("link", { name: subject }).click();
    await expect(page.getByTestId("close-date")).toHaveText(todayInBerlin());
    await expect(page.getByTestId("close-date-set-by")).toHaveText("Set by close-date automation");
    await expect(page.getByTestId("timeline-entry").filter({ hasText: "Status changed" })).toHaveCount(2);
  });

  test("the board at desktop and mobile widths", async ({ page }, testInfo) => {
    await page.goto("/tickets");
    await expect(page.getByTestId("board-column")).toHaveCount(4);
    await expect(column(page, "Closed")).toHaveAttribute("data-state", "CLOSED");
    await screenshots(page, testInfo, "board");
  });
});

test.describe("the ticket board on a touch screen", () => {
  test.use({ storageState: storageStateOf("agent"), hasTouch: true });

  test("press, hold and drag a card to another column", async ({ page }) => {
    const subject = uniqueSubject("Touch drag");
    await createTicket(page, { pipeline: "Support Pipeline", subject });
    await openBoard(page, "Support Pipeline", subject);
    await expect(column(page, "New").getByText(subject)).toBeVisible();
    await dragWithTouch(page, card(page, subject), column(page, "Waiting on us"));
    await expect(column(page, "Waiting on us").getByText(subject)).toBeVisible();
    await page.reload();
    await expect(column(page, "Waiting on us").getByText(subject)).toBeVisible();
  });
});

test.describe("the ticket board with the keyboard", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("Space, arrows, Space into a closed status and back; with the toggle off the close date stays empty", async ({
    page,
  }) => {
    await setCloseDateAutomation(page, "Billing & Refunds", false);
    try {
      const subject = uniqueSubject("Keyboard drag");
      await createTicket(page, { pipeline: "Billing & Refunds", subject });
      await openBoard(page, "Billing & Refunds", subject);
      await expect(column(page, "Received").getByText(subject)).toBeVisible();

      await dragWithKeyboard(page, subject, "ArrowRight", 2, "Refund issued");
      await expect(column(page, "Refund issued").getByText(subject)).toBeVisible();
      await expect(page.getByText(/Moving ticket "Keyboard drag .*" to column "Refund issued"/)).toBeAttached();
      await expect(column(page, "Refund issued").getByTestId("column-count")).toHaveText("1");

      await dragWithKeyboard(page, subject, "ArrowLeft", 2, "Received");
      await expect(column(page, "Received").getByText(subject)).toBeVisible();
      await page.reload();
      await expect(column(page, "Received").getByText(subject)).toBeVisible();
      await expect(card(page, subject).getByTestId("card-close-date")).toHaveCount(0);
      await card(page, subject).getByRole("link", { name: subject }).click();
      await expect(page.getByTestId("close-date")).toHaveText("—");
      await expect(page.getByTestId("timeline-entry").filter({ hasText: "Status changed" })).toHaveCount(2);
    } finally {
      await setCloseDateAutomation(page, "Billing & Refunds", true);
    }
  });
});
