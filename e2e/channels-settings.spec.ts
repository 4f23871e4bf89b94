// Settings > Channels (SPEC §2) and Settings > Account: reached from the Automate tab, saved,
// and still there after a reload. Every change is put back for the other specs.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";
import { choose, gotoAutomate } from "./support/automate";

const createsTickets = (page: Page) => page.getByRole("switch", { name: "Create tickets from new conversations" });
const save = (page: Page) => page.getByRole("button", { name: "Save" });

test.describe("as a super admin", () => {
  test.use({ storageState: storageStateOf("superadmin") });

  test("a connected channel's name opens its settings, where ticket creation is switched off and on", async ({
    page,
  }, testInfo) => {
    await gotoAutomate(page, "Support Pipeline");
    const connected = page.getByTestId("connected-channels");
    await connected.getByRole("link", { name: "Support inbox" }).click();
    await expect(page.getByRole("heading", { name: "Support inbox" })).toBeVisible();
    // Opened from the Automate tab, the back link leads back there.
    await expect(page.getByTestId("back-link")).toHaveText("Automate");
    await expect(page.getByTestId("back-link")).toHaveAttribute("href", /\/pipelines\/[^/]+\/automate$/);
    await captureBothWidths(page, testInfo, "channel-settings");

    // The switch saves at once, like the Automate tab's, and keeps the keyboard's focus.
    await createsTickets(page).focus();
    await page.keyboard.press("Space");
    await expect(page.getByText("Ticket creation turned off.")).toBeVisible();
    await expect(createsTickets(page)).toBeFocused();
    await expect(save(page)).toBeDisabled();
    await page.reload();
    await expect(createsTickets(page)).not.toBeChecked();
    await gotoAutomate(page, "Support Pipeline");
    await expect(connected.getByRole("link", { name: "Support inbox" })).toHaveCount(0);

    await page.goto("/settings/channels");
    await captureBothWidths(page, testInfo, "channels-list");
    await page.getByRole("link", { name: "Support inbox" }).click();
    // From the channel list, the back link leads to the list.
    await expect(page.getByTestId("back-link")).toHaveText("Channels");
    await createsTickets(page).click();
    await expect(page.getByText("Ticket creation turned on.")).toBeVisible();
    await gotoAutomate(page, "Support Pipeline");
    await expect(connected.getByRole("link", { name: "Support inbox" })).toBeVisible();
  });

  test("pipeline, status (of that pipeline only) and owner are chosen, checked and kept", async ({ page }) => {
    await page.goto("/settings/channels");
    await page.getByRole("link", { name: "Refund request form" }).click();
    await choose(page, "Pipeline", "Support Pipeline");
    await save(page).click();
    await expect(page.getByText("Choose the status new tickets start in")).toBeVisible();
    await page.getByLabel("Ticket status").click();
    await expect(page.getByRole("option")).toHaveText(["New", "Waiting on contact", "Waiting on us", "Closed"]);
    await page.getByRole("option", { name: "Waiting on us" }).click();
    await choose(page, "Ticket owner", "Alex Agent");
    await save(page).click();
    await expect(page.getByText("Channel settings saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Pipeline", { exact: true })).toHaveText("Support Pipeline");
    await expect(page.getByLabel("Ticket status")).toHaveText("Waiting on us");
    await expect(page.getByLabel("Ticket owner")).toHaveText("Alex Agent");

    await page.getByTestId("open-history").click();
    await expect(page.getByTestId("history-entry").first()).toContainText("Sam Super");
    await page.keyboard.press("Escape");

    await choose(page, "Pipeline", "Billing & Refunds");
    await choose(page, "Ticket status", "Received");
    await choose(page, "Ticket owner", "No owner");
    await save(page).click();
    await expect(page.getByText("Channel settings saved.")).toBeVisible();
  });

  test("switching ticket creation on without a pipeline is refused and the switch goes back", async ({ page }) => {
    await page.goto("/settings/channels");
    await page.getByRole("link", { name: "Facebook Messenger" }).click();
    await expect(createsTickets(page)).not.toBeChecked();
    await createsTickets(page).click();
    await expect(page.getByText("Choose the pipeline new tickets go to").first()).toBeVisible();
    await expect(createsTickets(page)).not.toBeChecked();
    await page.reload();
    await expect(createsTickets(page)).not.toBeChecked();
  });

  test("Settings > Account shows name, time zone and plan", async ({ page }, testInfo) => {
    await page.goto("/settings/account");
    await expect(page.getByLabel("Account name")).toHaveValue("Acme Support");
    await expect(page.getByLabel("Time zone")).toHaveText("Europe/Berlin");
    await expect(page.getByRole("radio", { name: "Enterprise" })).toBeChecked();
    await page.getByLabel("Account name").fill("");
    await save(page).click();
    await expect(page.getByText("Enter the account name")).toBeVisible();
    await captureBothWidths(page, testInfo, "account-settings");
  });
});

test.describe("as an agent", () => {
  test.use({ storageState: storageStateOf("agent") });

  test("a channel's settings are read-only, with the reason", async ({ page }) => {
    await page.goto("/settings/channels");
    await page.getByRole("link", { name: "Support inbox" }).click();
    await expect(page.getByTestId("readonly-reason")).toContainText(
      "Only super admins and users with the Account permission",
    );
    await expect(createsTickets(page)).toBeDisabled();
    await expect(save(page)).toBeDisabled();
  });
});
