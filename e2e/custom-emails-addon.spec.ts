// SPEC §5, issue 14 item 3: the transactional choice needs the account's Transactional email
// add-on. With it on, a super admin creates a transactional custom email; with it off again, the
// email's editor shows the choice locked (checked, disabled) with the reason, the list and the
// editor say it is sent as marketing, and saving the email again keeps the mark. The add-on is
// switched off and the email deleted at the end.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";
import { expectNoSeriousAxeViolations } from "./support/axe";

const NAME = `Order update ${Date.now().toString(36)}`;
const SENT_AS_MARKETING = "Transactional, sent as marketing (no add-on)";

test.use({ storageState: storageStateOf("superadmin") });

async function setAddon(page: Page, on: boolean) {
  await page.goto("/settings/account");
  const addon = page.getByRole("switch", { name: "Transactional email add-on" });
  if ((await addon.getAttribute("aria-checked")) === String(on)) return;
  await addon.click();
  await page.locator("form").filter({ has: addon }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Account settings saved.")).toBeVisible();
}

test("without the add-on a transactional email's choice is locked with the reason, and saving keeps it", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  try {
    await setAddon(page, true);
    await page.goto("/settings/automated-emails/new");
    await page.getByRole("textbox", { name: "Name", exact: true }).fill(NAME);
    const transactional = page.getByRole("switch", { name: "Transactional email" });
    await transactional.click();
    await expect(transactional).toBeChecked();
    await page.getByRole("button", { name: "Create email" }).click();
    await expect(page.getByRole("heading", { name: NAME })).toBeVisible();
    await expect(page.getByTestId("email-kind")).toHaveText("Transactional");
    const editor = page.url();

    await setAddon(page, false);
    await page.goto("/settings/automated-emails");
    await expect(page.getByTestId("email-row").filter({ hasText: NAME })).toContainText(SENT_AS_MARKETING);
    await page.goto(editor);
    await expect(page.getByTestId("email-kind")).toHaveText(SENT_AS_MARKETING);
    await expect(transactional).toBeChecked();
    await expect(transactional).toBeDisabled();
    await expect(page.getByTestId("addon-required")).toContainText(
      "Locked: marked transactional while the account had the Transactional email add-on",
    );
    await expectNoSeriousAxeViolations(page);
    await captureBothWidths(page, testInfo, "custom-emails-addon-locked");

    const subject = page.getByRole("textbox", { name: "Subject", exact: true });
    await subject.fill("Your order: {{ticket.subject}}");
    await page.getByRole("button", { name: "Save email" }).click();
    await expect(page.getByText("Email saved.")).toBeVisible();
    await page.reload();
    await expect(subject).toHaveValue("Your order: {{ticket.subject}}");
    await expect(transactional).toBeChecked();
    await expect(page.getByTestId("email-kind")).toHaveText(SENT_AS_MARKETING);

    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Delete email" }).click();
    await expect(page.getByText(`“${NAME}” deleted.`)).toBeVisible();
  } finally {
    await setAddon(page, false);
  }
});
