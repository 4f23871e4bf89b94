// SPEC §8 pipeline rules in the browser: a super admin turns on "Prevent skipping statuses" on the
// Rules tab; an agent's keyboard drag that skips a status is refused with the rule named and the
// card stays; the super admin's same drag moves it (bypass).
import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { dragWithKeyboard } from "./support/board-keyboard";
import { storageStateOf, type RoleKey } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";
import { column, createTicket, openBoard, uniqueSubject } from "./ticket-fixtures";

async function pageAs(browser: Browser, role: RoleKey) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

async function setPreventSkipping(browser: Browser, on: boolean) {
  const page = await pageAs(browser, "superadmin");
  await page.goto("/settings/objects/tickets/pipelines");
  await page.getByRole("link", { name: "Rules" }).click();
  await expect(page.getByTestId("rules-tab")).toBeVisible();
  const box = page.getByRole("checkbox", { name: "Prevent skipping statuses" });
  if ((await box.getAttribute("aria-checked")) !== String(on)) await box.click();
  await page.getByRole("button", { name: "Save rules" }).click();
  await expect(page.getByText("Rules saved.")).toBeVisible();
  return page;
}

test("pipeline rules refuse an agent's drag that skips a status; a super admin may", async ({ browser }, testInfo) => {
  const admin = await setPreventSkipping(browser, true);
  try {
    await admin.reload();
    await expect(admin.getByRole("checkbox", { name: "Prevent skipping statuses" })).toBeChecked();
    await captureBothWidths(admin, testInfo, "pipeline-rules-tab");
    await expectNoSeriousAxeViolations(admin);

    const agent = await pageAs(browser, "agent");
    const subject = uniqueSubject("Rules drag");
    await createTicket(agent, { pipeline: "Support Pipeline", subject });
    await openBoard(agent, "Support Pipeline", subject);
    await dragWithKeyboard(agent, subject, "ArrowRight", 2, "Waiting on us");
    await expect(agent.getByText(/Prevent skipping statuses/).first()).toBeVisible();
    await expect(column(agent, "New").getByText(subject)).toBeVisible();
    await agent.reload();
    await expect(column(agent, "New").getByText(subject)).toBeVisible();
    await captureBothWidths(agent, testInfo, "pipeline-rules-refused");

    await openBoard(admin, "Support Pipeline", subject);
    await dragWithKeyboard(admin, subject, "ArrowRight", 2, "Waiting on us");
    await expect(column(admin, "Waiting on us").getByText(subject)).toBeVisible();
    await admin.reload();
    await expect(column(admin, "Waiting on us").getByText(subject)).toBeVisible();
  } finally {
    await setPreventSkipping(browser, false);
  }
});
