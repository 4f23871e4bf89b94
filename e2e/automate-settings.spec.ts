// The Automate tab as a super admin (SPEC §3, §4, §6, §7): every interaction persists across a
// reload. Changes are made on "Billing & Refunds" and put back, so other specs see the seed.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";
import { choose, gotoAutomate, setPlan } from "./support/automate";

test.use({ storageState: storageStateOf("superadmin") });

const closeDate = (page: Page) => page.getByRole("switch", { name: /Set the close date to today/ });
const trigger = (page: Page, name: string) => page.getByRole("checkbox", { name });

test("the close-date switch saves at once and stays after a reload", async ({ page }, testInfo) => {
  await gotoAutomate(page, "Billing & Refunds");
  await expect(page.getByRole("button", { name: /Templated automation/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Create workflows from scratch/ })).toBeVisible();
  await captureBothWidths(page, testInfo, "automate-superadmin");
  await expect(closeDate(page)).toBeChecked();
  await closeDate(page).click();
  await expect(page.getByText("Close date automation turned off.")).toBeVisible();
  await page.reload();
  await expect(closeDate(page)).not.toBeChecked();
  await closeDate(page).click();
  await expect(page.getByText("Close date automation turned on.")).toBeVisible();
  await page.reload();
  await expect(closeDate(page)).toBeChecked();
});

test("the email trigger rows: checkbox, Edit action in the side panel, View workflow", async ({ page }, testInfo) => {
  await gotoAutomate(page, "Billing & Refunds");
  const sent = "An email is sent to a customer";
  await expect(trigger(page, sent)).not.toBeChecked();
  await trigger(page, sent).click();
  await expect(page.getByText(`"${sent}" turned on.`)).toBeVisible();
  await page.reload();
  await expect(trigger(page, sent)).toBeChecked();

  const reply = page.getByTestId("trigger-customerReplyTrigger");
  await reply.hover();
  await page.getByRole("button", { name: "Edit action: A customer replies to an email" }).click();
  const panel = page.getByTestId("email-trigger-panel");
  await expect(panel.getByRole("heading", { name: "Edit action" })).toBeVisible();
  await choose(page, /^Select status/, "Received");
  await captureBothWidths(page, testInfo, "automate-trigger-panel");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Action saved.")).toBeVisible();
  await expect(panel).toBeHidden();
  await page.reload();
  await expect(reply.getByTestId("trigger-target")).toContainText("Received");

  await page.getByRole("link", { name: "View workflow: A customer replies to an email" }).click();
  await expect(page).toHaveURL(/\/workflows\/[^/]+$/);
  await expect(page.getByTestId("workflow-trigger")).toHaveText(/A customer replies to an email/);
  await expect(page.getByTestId("workflow-action")).toHaveText("Set ticket status to Received");

  // Put the seed back: trigger A off, trigger B's status Investigating.
  await gotoAutomate(page, "Billing & Refunds");
  await trigger(page, sent).click();
  await expect(page.getByText(`"${sent}" turned off.`)).toBeVisible();
  await page.getByRole("button", { name: "Edit action: A customer replies to an email" }).click();
  await choose(page, /^Select status/, "Investigating");
  await page.getByTestId("email-trigger-panel").getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Action saved.")).toBeVisible();
});

test("History lists each change with who made it, before → after", async ({ page }, testInfo) => {
  await gotoAutomate(page, "Billing & Refunds");
  await closeDate(page).click();
  await expect(page.getByText("Close date automation turned off.")).toBeVisible();
  await closeDate(page).click();
  await expect(page.getByText("Close date automation turned on.")).toBeVisible();
  await page.reload();
  await page.getByTestId("open-history").click();
  const drawer = page.getByTestId("history-drawer");
  await expect(drawer.getByRole("heading", { name: "History" })).toBeVisible();
  const [latest, before] = [drawer.getByTestId("history-entry").nth(0), drawer.getByTestId("history-entry").nth(1)];
  await expect(latest).toContainText("Sam Super");
  await expect(latest).toContainText("Set the close date to today when moving the ticket to a closed status");
  await expect(latest).toContainText("Off → On");
  await expect(before).toContainText("On → Off");
  await captureBothWidths(page, testInfo, "automate-history");
});

test("export the automation as JSON, import it back changed, and an invalid file is refused with the reasons", async ({
  page,
}, testInfo) => {
  await gotoAutomate(page, "Billing & Refunds");
  const download = page.waitForEvent("download");
  await page.getByTestId("export-automation").click();
  const file = await (await download).path();
  const doc = JSON.parse(fs.readFileSync(file, "utf8"));
  expect(Object.keys(doc)).toEqual([
    "pipelineId",
    "version",
    "closeDateAutomation",
    "emailSentTrigger",
    "customerReplyTrigger",
    "reopenWindowDays",
    "sla",
    "statusActions",
    "statusEnrollment",
    "rules",
  ]);

  const importFile = async (content: unknown) => {
    await page.getByTestId("import-automation").click();
    await page.getByTestId("import-file").setInputFiles({
      name: "automation.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(content)),
    });
    await page.getByTestId("import-automation-dialog").getByRole("button", { name: "Import" }).click();
  };

  await importFile({
    ...doc,
    customerReplyTrigger: { enabled: true, statusId: "not-a-status" },
    statusActions: { ...doc.statusActions, nope: [] },
  });
  const issues = page.getByTestId("import-issues");
  await expect(issues).toContainText("customerReplyTrigger.statusId: This status is not in the pipeline");
  await expect(issues).toContainText("statusActions.nope");
  await captureBothWidths(page, testInfo, "automate-import-refused");
  await page.keyboard.press("Escape");
  await page.reload();
  await expect(trigger(page, "A customer replies to an email")).not.toBeChecked();

  await importFile({ ...doc, closeDateAutomation: false });
  await expect(page.getByText("Automation imported.")).toBeVisible();
  await page.reload();
  await expect(closeDate(page)).not.toBeChecked();
  await closeDate(page).click();
  await expect(page.getByText("Close date automation turned on.")).toBeVisible();
});

test("a save from a stale page says someone else changed it", async ({ page, context }) => {
  await gotoAutomate(page, "Billing & Refunds");
  const other = await context.newPage();
  await gotoAutomate(other, "Billing & Refunds");
  await closeDate(other).click();
  await expect(other.getByText("Close date automation turned off.")).toBeVisible();

  await closeDate(page).click();
  await expect(page.getByText("This was changed by someone else — reload to see the latest.")).toBeVisible();
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reload" }).click()]);
  await page.waitForLoadState("networkidle");
  await expect(closeDate(page)).not.toBeChecked();
  await closeDate(page).click();
  await expect(page.getByText("Close date automation turned on.")).toBeVisible();
});

test.describe("plans", () => {
  test.afterEach(async ({ page }) => setPlan(page, "Enterprise"));

  test("on Free the email triggers are locked and say what unlocks them", async ({ page }, testInfo) => {
    await setPlan(page, "Free");
    await gotoAutomate(page, "Support Pipeline");
    await expect(page.getByTestId("plan-lock-statusEmailTriggers")).toContainText("needs the Starter plan or above");
    await expect(trigger(page, "An email is sent to a customer")).toBeDisabled();
    await expect(closeDate(page)).toBeEnabled();
    await captureBothWidths(page, testInfo, "automate-free-plan");
  });

  test("on Starter the email triggers are unlocked", async ({ page }) => {
    await setPlan(page, "Starter");
    await gotoAutomate(page, "Support Pipeline");
    await expect(page.getByTestId("plan-lock-statusEmailTriggers")).toHaveCount(0);
    await expect(trigger(page, "An email is sent to a customer")).toBeEnabled();
  });
});
