// Issue 15 item 3: automation reads as a person would say it — values by their labels (no "HIGH",
// no ids), people by name, times in the account's zone (no ISO stamps), History without raw field
// names or "— →". The first three tests make what they read (bubbles, a History entry, an email sent
// from a record); the seed alone has none of them. The bubbles go on Billing & Refunds' "Declined"
// lane and are removed again (status-actions.spec.ts owns that pipeline's lanes).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { gotoAutomate } from "./support/automate";
import { ROLES, storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";
import { createTicket, uniqueSubject } from "./ticket-fixtures";

test.use({ storageState: storageStateOf("superadmin") });

const RAW_PRIORITY = /\b(LOW|MEDIUM|HIGH|URGENT)\b/;
const ISO_STAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

async function texts(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(testId).allInnerTexts();
}

const STATUS = "Declined";
const lane = (page: Page) => page.getByRole("region", { name: `Actions for ${STATUS}` });
const sheet = (page: Page) => page.getByTestId("action-sheet");
const bubbleNamed = (page: Page, text: string) => lane(page).getByTestId("action-bubble").filter({ hasText: text });

async function addAction(page: Page, type: string, fill: (panel: Locator) => Promise<void>): Promise<void> {
  await lane(page)
    .getByRole("button", { name: `Add action to ${STATUS}` })
    .click();
  await page.getByRole("menuitem", { name: type, exact: true }).click();
  const panel = sheet(page);
  await expect(panel.getByRole("heading", { name: `Add action: ${type}` })).toBeVisible();
  await fill(panel);
  await panel.getByRole("button", { name: "Add action", exact: true }).click();
  await expect(page.getByText("Action added.").first()).toBeVisible();
  await expect(panel).toBeHidden();
}

async function choose(page: Page, name: string, option: string): Promise<void> {
  await sheet(page).getByRole("combobox", { name, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

async function deleteOnly(page: Page, text: string): Promise<void> {
  const item = bubbleNamed(page, text).first();
  await expect(item).toBeVisible();
  const before = await bubbleNamed(page, text).count();
  await item.hover();
  await item.getByRole("button", { name: /^Delete / }).click();
  await page.getByRole("menuitem", { name: /^Delete (only )?this action$/ }).click();
  await expect(bubbleNamed(page, text)).toHaveCount(before - 1);
}

test("bubbles made through the UI say the priority's label and name the owner; History reads a comment", async ({
  page,
}, testInfo) => {
  await gotoAutomate(page, "Billing & Refunds");
  const owner = ROLES.agent.name;
  // What a failed earlier run left behind goes first: the lane is read whole below.
  for (const left of ["Set priority to", "Assign owner"]) {
    while ((await bubbleNamed(page, left).count()) > 0) await deleteOnly(page, left);
  }
  await addAction(page, "Set property", async () => {
    await choose(page, "Value", "High");
  });
  await addAction(page, "Assign owner", async (panel) => {
    await panel.getByRole("radio", { name: "A specific user" }).click();
    await choose(page, "User", owner);
  });
  await page.reload();
  const bubbles = (await lane(page).getByTestId("action-bubble").allInnerTexts()).map((t) => t.trim());
  expect(bubbles).toContain("Set priority to High");
  expect(bubbles).toContain(`Assign owner: ${owner}`);
  for (const text of bubbles) expect(text).not.toMatch(RAW_PRIORITY);

  // A History entry of one's own: a comment on the "Set priority" bubble.
  const comment = `Is High right for ${uniqueSubject("declines")}?`;
  const priority = bubbleNamed(page, "Set priority to High");
  await priority.hover();
  await priority.getByRole("button", { name: /^Comments on Set priority to High/ }).click();
  const popover = page.getByTestId("comments-popover");
  await popover.getByLabel("Add a comment").fill(comment);
  await popover.getByRole("button", { name: "Comment" }).click();
  await expect(popover.getByTestId("comment")).toContainText(comment);
  await page.keyboard.press("Escape");

  await page.getByTestId("open-history").click();
  const drawer = page.getByTestId("history-drawer");
  const entry = drawer.getByTestId("history-entry").filter({ hasText: comment });
  await expect(entry).toHaveCount(1);
  const read = await entry.innerText();
  expect(read).toContain("Comment on an action");
  expect(read).toContain(ROLES.superadmin.name);
  expect(read).not.toContain("action_comment");
  expect(read).not.toContain("— →");
  expect(read).not.toMatch(ISO_STAMP);
  await captureBothWidths(page, testInfo, "automation-text-made-history");
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();

  await deleteOnly(page, `Assign owner: ${owner}`);
  await deleteOnly(page, "Set priority to High");
});

test("an email an agent sends from a record is credited to the agent by name", async ({ page }, testInfo) => {
  const subject = uniqueSubject("Credited send");
  const contactEmail = `${subject.replace(/\W+/g, ".").toLowerCase()}@customer.example`;
  await createTicket(page, { pipeline: "Support Pipeline", subject, contactEmail });
  const composer = page.getByTestId("email-composer");
  await composer.getByLabel("Subject").fill(`Re: ${subject}`);
  await composer.getByLabel("Message").fill("Here is what we found.");
  await composer.getByRole("button", { name: "Send email" }).click();
  await expect(page.getByText("Email sent.")).toBeVisible();
  const sent = page.getByTestId("thread").filter({ hasText: "Here is what we found." });
  await expect(sent).toContainText(ROLES.superadmin.name);
  const timeline = page.getByTestId("timeline-entry");
  // The status change the send caused names the agent, not "an email sent from Ticketflow".
  const caused = timeline.filter({ hasText: "An email is sent to a customer" }).getByTestId("timeline-cause");
  await expect(caused).toHaveText(`The trigger "An email is sent to a customer", after ${ROLES.superadmin.name}`);
  const read = (await timeline.allInnerTexts()).join("\n");
  expect(read).not.toContain("email sent from Ticketflow");
  expect(read).not.toMatch(ISO_STAMP);
  expect(read).not.toMatch(RAW_PRIORITY);
  await captureBothWidths(page, testInfo, "automation-text-credited-send");
});

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
