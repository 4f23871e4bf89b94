// SPEC §5 custom automated emails, in the browser: create one in Settings > Automated emails (a
// token typo named beside the field, the live preview rendered by the server), use it in a Send
// email bubble, open its editor from the name in the Send email panel and edit it, and see its
// deletion refused while that action sends it (the action named); removed again at the end.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";
import { gotoAutomate } from "./support/automate";
import { expectNoSeriousAxeViolations } from "./support/axe";

const NAME = `Feedback request ${Date.now().toString(36)}`;
const STATUS = "Refund issued";
const lane = (page: Page) => page.getByRole("region", { name: `Actions for ${STATUS}` });
const sheet = (page: Page) => page.getByTestId("action-sheet");
const bubble = (page: Page) => lane(page).getByRole("button", { name: `Send email: ${NAME}`, exact: true });
const field = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });

// Long flows (axe, screenshots at two widths) on a shared, busy machine.
test.describe.configure({ mode: "serial", timeout: 180_000 });

test.describe("as a super admin", () => {
  test.use({ storageState: storageStateOf("superadmin") });

  test("creates an email: a token typo is named beside the body, the preview fills the tokens in", async ({
    page,
  }, testInfo) => {
    await page.goto("/settings/automated-emails");
    const rows = page.getByTestId("email-row");
    await expect(rows.filter({ hasText: "Ticket received" })).toContainText("Built-in");
    await expect(rows.filter({ hasText: "How did we do? (survey)" })).toContainText("Marketing");
    await expectNoSeriousAxeViolations(page);
    await captureBothWidths(page, testInfo, "custom-emails-list");

    await page.getByRole("link", { name: "Create email" }).click();
    await expect(page.getByRole("heading", { name: "New email" })).toBeVisible();
    // Without the Transactional email add-on a new email is marketing.
    await expect(page.getByRole("switch", { name: "Transactional email" })).toBeDisabled();
    await expect(page.getByTestId("addon-required")).toContainText("Needs the Transactional email add-on");
    await field(page, "Name").fill(NAME);
    await field(page, "Subject").fill("How was {{ticket.subject}}?");
    await field(page, "Body").fill(
      "Hi {{contact.name}},\n\nHow did we do on #{{ticket.subjct}}?\n\n— {{account.name}}",
    );
    await page.getByRole("button", { name: "Create email" }).click();
    await expect(page.getByText(/^Unknown token \{\{ticket\.subjct\}\} on line 3/)).toBeVisible();
    await expect(field(page, "Body")).toBeFocused();

    await field(page, "Body").fill("Hi {{contact.name}},\n\nHow did we do on #{{ticket.id}}?\n\n— {{account.name}}");
    await expect(page.getByTestId("preview-subject")).toHaveText("How was My order arrived damaged?");
    await expect(page.getByTestId("preview-body")).toHaveText(
      /^Hi Maria Garcia,\s+How did we do on #1042\?\s+— Acme Support$/,
    );
    await expectNoSeriousAxeViolations(page);
    await captureBothWidths(page, testInfo, "custom-emails-new");
    await page.getByRole("button", { name: "Create email" }).click();
    await expect(page.getByText(`Email “${NAME}” created.`)).toBeVisible();
    await expect(page.getByRole("heading", { name: NAME })).toBeVisible();
    await expect(page).toHaveURL(/\/settings\/automated-emails\/[^/]+$/);
    await expect(page.getByTestId("email-kind")).toHaveText("Marketing");
  });

  test("uses it in a Send email bubble; its name in the panel opens its editor, where it is edited", async ({
    page,
  }, testInfo) => {
    await gotoAutomate(page, "Billing & Refunds");
    await lane(page)
      .getByRole("button", { name: `Add action to ${STATUS}` })
      .click();
    await page.getByRole("menuitem", { name: "Send email", exact: true }).click();
    await sheet(page).getByRole("combobox", { name: "Automated email", exact: true }).click();
    await page.getByRole("option", { name: `${NAME} (custom)`, exact: true }).click();
    await expect(sheet(page).getByTestId("chosen-email-name")).toHaveText(NAME);
    await sheet(page).getByRole("button", { name: "Add action", exact: true }).click();
    await expect(page.getByText("Action added.").first()).toBeVisible();
    await expect(bubble(page)).toBeVisible();

    // The "Action added." toast fading out under the panel's overlay reads to axe as low contrast
    // (it blends the half-transparent toast with the overlay): close it, check the panel once it is gone.
    await page.getByRole("button", { name: "Close toast" }).first().click();
    await expect(page.locator("[data-sonner-toast]")).toHaveCount(0);
    await bubble(page).click();
    await expect(sheet(page).getByText("Click the name to edit")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await captureBothWidths(page, testInfo, "custom-emails-send-email-panel");
    await sheet(page).getByRole("link", { name: NAME }).click();
    await expect(page.getByRole("heading", { name: NAME })).toBeVisible();
    await expect(page.getByTestId("email-uses")).toHaveText(
      `Actions when a ticket reaches “${STATUS}” (Billing & Refunds)`,
    );

    await field(page, "Subject").fill("Two minutes about {{ticket.subject}}?");
    await expect(page.getByTestId("preview-subject")).toHaveText("Two minutes about My order arrived damaged?");
    await page.getByRole("button", { name: "Save email" }).click();
    await expect(page.getByText("Email saved.")).toBeVisible();
    await page.reload();
    await expect(field(page, "Subject")).toHaveValue("Two minutes about {{ticket.subject}}?");
    await captureBothWidths(page, testInfo, "custom-emails-editor");
  });

  test("deleting it is refused while the action sends it, naming the action; once removed, it is deleted", async ({
    page,
  }, testInfo) => {
    await page.goto("/settings/automated-emails");
    await page.getByRole("link", { name: NAME, exact: true }).click();
    await expect(page.getByRole("heading", { name: NAME })).toBeVisible();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Delete email" }).click();
    const refusal = page.getByTestId("delete-email-refusal");
    await expect(refusal).toHaveText(
      `“${NAME}” can't be deleted: it is sent by Actions when a ticket reaches “${STATUS}” (Billing & Refunds). Remove it from that action first.`,
    );
    await expect(refusal).toBeFocused();
    await expectNoSeriousAxeViolations(page);
    await captureBothWidths(page, testInfo, "custom-emails-delete-refused");
    await page.keyboard.press("Escape");
    await expect(refusal).toBeHidden();
    await expect(page.getByRole("button", { name: "Delete" })).toBeFocused();

    // Remove the action, then the email goes.
    await gotoAutomate(page, "Billing & Refunds");
    const item = lane(page).getByTestId("action-bubble").filter({ hasText: NAME });
    await item.hover();
    await item.getByRole("button", { name: /^Delete / }).click();
    await page.getByRole("menuitem", { name: "Delete only this action" }).click();
    await expect(bubble(page)).toBeHidden();
    await page.goto("/settings/automated-emails");
    await page.getByRole("link", { name: NAME, exact: true }).click();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Delete email" }).click();
    await expect(page.getByText(`“${NAME}” deleted.`)).toBeVisible();
    await expect(page).toHaveURL(/\/settings\/automated-emails$/);
    await expect(page.getByRole("link", { name: NAME, exact: true })).toBeHidden();

    await page.getByTestId("open-history").click();
    const history = page.getByTestId("history-drawer");
    await expect(history.getByTestId("history-entry").first()).toContainText("deleted");
    await expect(history).toContainText("Two minutes about {{ticket.subject}}?");
  });
});

test.describe("as an agent", () => {
  test.use({ storageState: storageStateOf("agent") });

  test("sees the emails read-only: no Create email, no Delete, the editor locked", async ({ page }) => {
    await page.goto("/settings/automated-emails");
    await expect(page.getByTestId("readonly-reason")).toBeVisible();
    await expect(page.getByRole("link", { name: "Create email" })).toHaveCount(0);
    await page.getByRole("link", { name: "How did we do? (survey)" }).click();
    await expect(field(page, "Subject")).toBeDisabled();
    await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
    await expect(page.getByTestId("preview-body")).toContainText("Tell us how we did");
  });
});
