import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { createTicket, pick, screenshots, uniqueSubject } from "./ticket-fixtures";

test.use({ storageState: storageStateOf("agent") });

test("an email from the ticket record goes to the Outbox and moves the ticket per trigger A", async ({
  page,
  request,
}, testInfo) => {
  const subject = uniqueSubject("Record email");
  const contactEmail = `${subject.replace(/\W+/g, ".").toLowerCase()}@customer.example`;
  const ticketId = await createTicket(page, { pipeline: "Support Pipeline", subject, contactEmail });
  await expect(page.getByTestId("record-status")).toHaveText("New");
  // Support Pipeline: "An email is sent to a customer" moves tickets to "Waiting on contact".
  await expect(page.getByTestId("email-composer")).toContainText("Sending moves this ticket to “Waiting on contact”");

  const composer = page.getByTestId("email-composer");
  await composer.getByLabel("Subject").fill(`Re: ${subject}`);
  await composer.getByLabel("Message").fill("Could you send us a screenshot?");
  await composer.getByRole("button", { name: "Send email" }).click();
  await expect(page.getByText("Email sent.")).toBeVisible();

  await expect(page.getByTestId("record-status")).toHaveText("Waiting on contact");
  await expect(page.getByTestId("ticket-status")).toHaveText("Waiting on contact");
  const sent = page.getByTestId("message").filter({ hasText: "Could you send us a screenshot?" });
  await expect(sent).toHaveAttribute("data-direction", "OUTBOUND");
  await expect(sent.getByTestId("sent-from")).toHaveText("Sent from ticket record");
  await expect(
    page.getByTestId("timeline-entry").filter({ hasText: 'Status changed from "New" to "Waiting on contact"' }),
  ).toContainText("An email is sent to a customer");

  // The worker hands the email to the transport: the Outbox has it.
  await expect(async () => {
    await page.reload();
    await expect(sent.getByTestId("delivery")).toHaveText("Delivered", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const outbox = await request.get(`/api/v1/outbox?ticketId=${ticketId}`, {
    headers: { Authorization: `Bearer ${process.env.E2E_API_KEY}` },
  });
  expect(outbox.status()).toBe(200);
  const emails = (await outbox.json()) as { subject: string; to: string }[];
  expect(emails).toContainEqual(expect.objectContaining({ subject: `Re: ${subject}`, to: contactEmail }));
  // Times are the account's (Europe/Berlin), as on the Outbox, whatever the server's zone; the title names it.
  const time = sent.locator("time");
  const at = new Date((await time.getAttribute("datetime"))!);
  await expect(time).toHaveText(
    new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }).format(at),
  );
  await expect(time).toHaveAttribute("title", / \(Europe\/Berlin\)$/);
  // The ticket now has a thread: the composer replies on it by default.
  await expect(composer.getByRole("combobox", { name: "Conversation" })).toContainText("Reply: ");
  await expect(composer.getByLabel("Subject")).toHaveValue(/^Re: /);
  await screenshots(page, testInfo, "ticket-record");
});

test("status, owner and priority change through the record; the close date says how it was set", async ({
  page,
}, testInfo) => {
  const subject = uniqueSubject("Record properties");
  await createTicket(page, { pipeline: "Support Pipeline", subject });
  // Test automation: a dry run of "status changes to Closed" writes nothing.
  const panel = page.getByTestId("test-automation");
  await panel.getByRole("button", { name: "Run dry run" }).click();
  await expect(panel.getByTestId("dry-run-status")).toHaveText("New → Closed");
  await expect(panel.getByTestId("dry-run-result")).toContainText("Send email: Ticket closed");
  await page.reload();
  await expect(page.getByTestId("record-status")).toHaveText("New");
  await pick(page, "Priority", "Urgent");
  await expect(page.getByText("Priority changed.")).toBeVisible();
  await pick(page, "Ticket owner", "Alex Agent");
  await expect(page.getByText("Owner changed.")).toBeVisible();
  await pick(page, "Status", "Closed (closed)");
  await expect(page.getByTestId("record-status")).toHaveText("Closed");
  await expect(page.getByTestId("close-date-set-by")).toHaveText("Set by close-date automation");
  await expect(page.getByTestId("timeline-entry").filter({ hasText: "Close date set to" })).toContainText(
    "Close-date automation",
  );
  await page.getByLabel("New task").fill("Call the customer back");
  await page.getByRole("button", { name: "Add task" }).click();
  await expect(page.getByText("Call the customer back")).toBeVisible();
  await screenshots(page, testInfo, "ticket-record-closed");
});
