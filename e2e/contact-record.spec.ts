import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { createTicket, pick, screenshots, uniqueSubject } from "./ticket-fixtures";

test.use({ storageState: storageStateOf("agent") });

test("an email from the contact record, about a ticket, leaves its status alone", async ({ page }, testInfo) => {
  const subject = uniqueSubject("Contact email");
  const contactEmail = `${subject.replace(/\W+/g, ".").toLowerCase()}@customer.example`;
  const ticketId = await createTicket(page, { pipeline: "Support Pipeline", subject, contactEmail });
  await page.getByRole("link", { name: contactEmail }).click();
  await expect(page.getByRole("heading", { name: contactEmail })).toBeVisible();
  await expect(page.getByTestId("contact-ticket")).toHaveCount(1);

  const composer = page.getByTestId("email-composer");
  await expect(composer).toContainText("ticket statuses never change because of it");
  await pick(page, "About ticket", subject);
  await composer.getByLabel("Subject").fill("A quick question");
  await composer.getByLabel("Message").fill("Are you happy with the product?");
  await composer.getByRole("button", { name: "Send email" }).click();
  await expect(page.getByText("Email sent.")).toBeVisible();
  const sent = page.getByTestId("message").filter({ hasText: "Are you happy with the product?" });
  await expect(sent.getByTestId("sent-from")).toHaveText("Sent from contact record");
  await expect(page.getByTestId("contact-ticket-status")).toHaveText("New");

  await page.goto(`/tickets/${ticketId}`);
  await expect(page.getByTestId("record-status")).toHaveText("New");
  await expect(page.getByTestId("message").filter({ hasText: "Are you happy with the product?" })).toBeVisible();
  await expect(page.getByTestId("timeline-entry").filter({ hasText: "Status changed" })).toHaveCount(0);
});

test("the contact's properties are editable, incl. marketing contact; the list links to the record", async ({
  page,
}, testInfo) => {
  await page.goto("/contacts");
  await page.getByRole("link", { name: "Maria Garcia" }).click();
  await expect(page.getByRole("heading", { name: "Maria Garcia" })).toBeVisible();
  const marketing = page.getByRole("switch", { name: /Marketing contact/ });
  const wasOn = await marketing.isChecked();
  await marketing.click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Contact saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("switch", { name: /Marketing contact/ })).toBeChecked({ checked: !wasOn });
  await screenshots(page, testInfo, "contact-record");
});
