// Issue 15 item 6: an open board and an open ticket record show another user's change without a
// reload. The change comes from elsewhere: the public API (as another agent's tool would make it),
// or another signed-in user dragging a card on their own board, in a second browser context.
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { dragWithKeyboard, pickUp } from "./support/board-keyboard";
import { storageStateOf } from "./support/roles";
import { card, column, createTicket, openBoard, screenshots, uniqueSubject } from "./ticket-fixtures";

test.use({ storageState: storageStateOf("agent") });

const api = { headers: { Authorization: `Bearer ${process.env.E2E_API_KEY}` } };

async function changeTicket(request: APIRequestContext, id: string, change: Record<string, string>) {
  const ticket = (await (await request.get(`/api/v1/tickets/${id}`, api)).json()) as {
    version: number;
    pipelineId: string;
  };
  const pipelines = (await (await request.get("/api/v1/pipelines", api)).json()) as {
    id: string;
    statuses: { id: string; label: string }[];
  }[];
  const statuses = pipelines.find((p) => p.id === ticket.pipelineId)!.statuses;
  const data = { ...change, version: ticket.version };
  if (change.status) Object.assign(data, { statusId: statuses.find((s) => s.label === change.status)!.id });
  delete (data as Record<string, unknown>).status;
  const response = await request.patch(`/api/v1/tickets/${id}`, { ...api, data });
  expect(response.ok()).toBe(true);
}

test("a ticket moved elsewhere moves on an open board, without a reload", async ({ page, request }, testInfo) => {
  const subject = uniqueSubject("Live board");
  const ticketId = await createTicket(page, { pipeline: "Support Pipeline", subject });
  await openBoard(page, "Support Pipeline", subject);
  await expect(card(page, subject)).toBeVisible();
  await expect(column(page, "New").getByTestId("ticket-card").filter({ hasText: subject })).toBeVisible();
  // Mark the page: a reload would lose it.
  await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));

  await changeTicket(request, ticketId, { status: "Waiting on us" });
  await expect(column(page, "Waiting on us").getByTestId("ticket-card").filter({ hasText: subject })).toBeVisible();
  await expect(column(page, "New").getByTestId("ticket-card").filter({ hasText: subject })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true);
  await screenshots(page, testInfo, "live-board");
});

test("a ticket record shows a change made elsewhere, and keeps what the agent is typing", async ({ page, request }) => {
  const subject = uniqueSubject("Live record");
  const contactEmail = `${subject.replace(/\W+/g, ".").toLowerCase()}@customer.example`;
  const ticketId = await createTicket(page, { pipeline: "Support Pipeline", subject, contactEmail });
  const composer = page.getByTestId("email-composer");
  await composer.getByLabel("Message").fill("Half-written reply");
  await changeTicket(request, ticketId, { priority: "URGENT" });
  await expect(page.getByTestId("ticket-priority")).toHaveText("Urgent");
  await changeTicket(request, ticketId, { status: "Waiting on us" });
  await expect(page.getByTestId("record-status")).toHaveText("Waiting on us");
  await expect(composer.getByLabel("Message")).toHaveValue("Half-written reply");
});

test("a list the agent has opened on the record stays open while a change made elsewhere arrives", async ({
  page,
  request,
}) => {
  const subject = uniqueSubject("Live record list");
  const ticketId = await createTicket(page, { pipeline: "Support Pipeline", subject });
  await page.getByRole("combobox", { name: "Ticket owner", exact: true }).click();
  await expect(page.getByRole("option", { name: "Alex Agent" })).toBeVisible();
  await changeTicket(request, ticketId, { priority: "URGENT" });
  await expect(page.getByTestId("ticket-priority")).toHaveText("Urgent");
  // The page took the new version without remounting the properties: the list is still open,
  // and the owner is saved against that version.
  await page.getByRole("option", { name: "Alex Agent" }).click({ timeout: 5_000 });
  await expect(page.getByText("Owner changed.")).toBeVisible();
  await expect(page.getByTestId("ticket-owner")).toHaveText("Alex Agent");
});

const inColumn = (page: Page, label: string, subject: string) =>
  column(page, label).getByTestId("ticket-card").filter({ hasText: subject });

/** Another user (the account admin) with the board open in a browser context of their own. */
async function otherUsersBoard(browser: Browser, search: string): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const other = await context.newPage();
  await openBoard(other, "Support Pipeline", search);
  return other;
}

/** Records every change the page's live stream delivers (window.liveChanges), to know one has arrived. */
async function recordLiveChanges(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: { id: string }[] = [];
    Object.assign(window, { liveChanges: seen });
    const Original = window.EventSource;
    window.EventSource = class extends Original {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener("tickets", (event) => seen.push(...JSON.parse((event as MessageEvent<string>).data)));
      }
    };
  });
}

const arrived = (page: Page, ticketId: string) =>
  page.evaluate(
    (id) => (window as unknown as { liveChanges: { id: string }[] }).liveChanges.some((c) => c.id === id),
    ticketId,
  );

test("another user's move on their board shows on an open board within 2 s", async ({ page, browser }) => {
  const subject = uniqueSubject("Live two users");
  await createTicket(page, { pipeline: "Support Pipeline", subject });
  await openBoard(page, "Support Pipeline", subject);
  await expect(inColumn(page, "New", subject)).toBeVisible();
  await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));

  const other = await otherUsersBoard(browser, subject);
  try {
    await dragWithKeyboard(other, subject, "ArrowRight", 2, "Waiting on us");
    // From the other user's drop: their save, the server's push and this board's refetch.
    await expect(inColumn(page, "Waiting on us", subject)).toBeVisible({ timeout: 2_000 });
    await expect(inColumn(page, "New", subject)).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true);
  } finally {
    await other.context().close();
  }
});

test("a move arriving mid-drag does not pull the dragged card away; it lands where it is dropped", async ({
  page,
  browser,
}, testInfo) => {
  const tag = uniqueSubject("Mid-drag");
  const [mine, theirs] = [`${tag} mine`, `${tag} theirs`];
  await createTicket(page, { pipeline: "Support Pipeline", subject: mine });
  const theirsId = await createTicket(page, { pipeline: "Support Pipeline", subject: theirs });
  await recordLiveChanges(page);
  await openBoard(page, "Support Pipeline", tag);
  await expect(inColumn(page, "New", mine)).toBeVisible();
  await expect(inColumn(page, "New", theirs)).toBeVisible();
  const other = await otherUsersBoard(browser, tag);
  try {
    await expect(inColumn(other, "New", theirs)).toBeVisible();
    await pickUp(page, mine);
    const overlay = page.locator("[inert]").getByTestId("ticket-card").filter({ hasText: mine });
    await expect(overlay).toBeVisible();

    await dragWithKeyboard(other, theirs, "ArrowRight", 2, "Waiting on us");
    await expect(inColumn(other, "Waiting on us", theirs)).not.toHaveAttribute("aria-busy");
    // The other user's move reached this board while the card is held.
    await expect.poll(() => arrived(page, theirsId), { timeout: 5_000 }).toBe(true);
    // A refetch takes ~0.1 s here: give one that did not wait for the drop the time to do harm.
    await page.waitForTimeout(1_000);
    await expect(overlay).toBeVisible();
    await expect(page.getByText(/Moving cancelled/)).toHaveCount(0);
    await expect(inColumn(page, "New", mine)).toBeVisible();
    await expect(card(page, mine).getByRole("link", { name: mine })).toBeFocused();

    // Still held: the arrows still move it, and Space drops it where the user chose.
    await page.keyboard.press("ArrowRight");
    await expect(page.getByText(`is over column "Waiting on contact"`)).toBeAttached();
    await page.keyboard.press("Space");
    await expect(inColumn(page, "Waiting on contact", mine)).toBeVisible();
    await expect(inColumn(page, "Waiting on contact", mine)).not.toHaveAttribute("aria-busy");
    // The move that waited for the drop shows after it.
    await expect(inColumn(page, "Waiting on us", theirs)).toBeVisible({ timeout: 2_000 });
    await screenshots(page, testInfo, "live-board-after-mid-drag");
    await page.reload();
    await expect(inColumn(page, "Waiting on contact", mine)).toBeVisible();
    await expect(inColumn(page, "Waiting on us", theirs)).toBeVisible();
  } finally {
    await other.context().close();
  }
});
