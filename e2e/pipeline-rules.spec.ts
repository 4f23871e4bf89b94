// SPEC §8 pipeline rules in the browser: a super admin turns on "Prevent skipping statuses" and
// "Prevent moving backward" on the Rules tab. While an agent drags a card, the columns it cannot
// go to are greyed and marked "Not allowed" with the rule named (for screen readers in the badge
// and in dnd-kit's announcement); a drop there is refused with the rule named and the card stays.
// A super admin bypasses the rules: no column is marked and the same drop moves the card.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { dragWithKeyboard, pickUp } from "./support/board-keyboard";
import { storageStateOf, type RoleKey } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";
import { card, column, createTicket, openBoard, uniqueSubject } from "./ticket-fixtures";

async function pageAs(browser: Browser, role: RoleKey) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

async function setRules(browser: Browser, on: boolean) {
  const page = await pageAs(browser, "superadmin");
  await page.goto("/settings/objects/tickets/pipelines");
  await page.getByRole("link", { name: "Rules" }).click();
  await expect(page.getByTestId("rules-tab")).toBeVisible();
  for (const name of ["Prevent skipping statuses", "Prevent moving backward"]) {
    const box = page.getByRole("checkbox", { name });
    if ((await box.getAttribute("aria-checked")) !== String(on)) await box.click();
  }
  await page.getByRole("button", { name: "Save rules" }).click();
  await expect(page.getByText("Rules saved.")).toBeVisible();
  return page;
}

const STATUSES = ["New", "Waiting on contact", "Waiting on us", "Closed"];

/** Picks the card up by keyboard and returns the columns marked as refusing it (then puts it back with Escape). */
async function refusedWhileDragging(page: Page, subject: string, shot?: () => Promise<void>): Promise<string[]> {
  await expect(card(page, subject)).not.toHaveAttribute("aria-busy");
  await pickUp(page, subject);
  const refused: string[] = [];
  for (const label of STATUSES) {
    if ((await column(page, label).getAttribute("data-drop")) === "refused") refused.push(label);
  }
  await shot?.();
  await page.keyboard.press("Escape");
  await expect(page.getByText(`stays in column`)).toBeAttached();
  await expect(page.getByTestId("column-refused")).toHaveCount(0);
  return refused;
}

test("while an agent drags, the columns the rules refuse are marked and a drop there is refused; a super admin may", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const admin = await setRules(browser, true);
  try {
    await admin.reload();
    await expect(admin.getByRole("checkbox", { name: "Prevent skipping statuses" })).toBeChecked();
    await expect(admin.getByRole("checkbox", { name: "Prevent moving backward" })).toBeChecked();
    await captureBothWidths(admin, testInfo, "pipeline-rules-tab");
    await expectNoSeriousAxeViolations(admin);

    const agent = await pageAs(browser, "agent");
    const subject = uniqueSubject("Rules drag");
    await createTicket(agent, { pipeline: "Support Pipeline", subject });
    await openBoard(agent, "Support Pipeline", subject);

    // From New: skipping to "Waiting on us" is refused; the next open status and Closed are not.
    const fromNew = await refusedWhileDragging(agent, subject, async () => {
      const skipped = column(agent, "Waiting on us");
      await expect(skipped.getByTestId("column-refused")).toHaveText(
        /^Not allowed: Not moved: the pipeline rule "Prevent skipping statuses" allows only "Waiting on contact" or a closed status after "New"\.$/,
      );
      await expect(skipped).toHaveCSS("opacity", "0.5");
      await expect(column(agent, "Waiting on contact")).toHaveCSS("opacity", "1");
      // The keyboard over the refused column: the screen reader hears why.
      await agent.keyboard.press("ArrowRight");
      await agent.keyboard.press("ArrowRight");
      await expect(
        agent.getByText(
          /is over column "Waiting on us"\. Not allowed here: the pipeline rule "Prevent skipping statuses"/,
        ),
      ).toBeAttached();
      await expect(skipped).toHaveClass(/border-destructive/);
      const body = await agent.screenshot({ fullPage: true });
      await testInfo.attach("pipeline-rules-dragging-desktop.png", { body, contentType: "image/png" });
      if (process.env.E2E_SCREENSHOT_DIR)
        fs.writeFileSync(path.join(process.env.E2E_SCREENSHOT_DIR, "pipeline-rules-dragging-desktop.png"), body);
    });
    expect(fromNew).toEqual(["Waiting on us"]);

    // A drop there is refused naming the rule, and the card stays.
    await dragWithKeyboard(agent, subject, "ArrowRight", 2, "Waiting on us");
    await expect(agent.getByText(/Prevent skipping statuses/).first()).toBeVisible();
    await expect(column(agent, "New").getByText(subject)).toBeVisible();
    await agent.reload();
    await expect(column(agent, "New").getByText(subject)).toBeVisible();
    await captureBothWidths(agent, testInfo, "pipeline-rules-refused");

    // The next status is allowed; from there, going back to New is refused.
    await dragWithKeyboard(agent, subject, "ArrowRight", 1, "Waiting on contact");
    await expect(column(agent, "Waiting on contact").getByText(subject)).toBeVisible();
    const fromWaiting = await refusedWhileDragging(agent, subject, async () => {
      await expect(column(agent, "New").getByTestId("column-refused")).toContainText(
        'the pipeline rule "Prevent moving backward" does not allow moving from "Waiting on contact" back to "New"',
      );
    });
    expect(fromWaiting).toEqual(["New"]);

    // A super admin bypasses the rules: nothing is marked, and skipping moves the card.
    await openBoard(admin, "Support Pipeline", subject);
    expect(await refusedWhileDragging(admin, subject)).toEqual([]);
    await dragWithKeyboard(admin, subject, "ArrowLeft", 1, "New");
    await expect(column(admin, "New").getByText(subject)).toBeVisible();
    await dragWithKeyboard(admin, subject, "ArrowRight", 2, "Waiting on us");
    await expect(column(admin, "Waiting on us").getByText(subject)).toBeVisible();
    await admin.reload();
    await expect(column(admin, "Waiting on us").getByText(subject)).toBeVisible();
  } finally {
    await setRules(browser, false);
  }
});
