// A bounce of one of our emails, as a real mail server returns it (issue 19 item 1): a customer's
// email opens a ticket, its "Ticket received" goes out, the customer's server returns it as a DSN
// from the null sender. No new ticket; Settings > Outbox marks that email "Bounced" with the DSN's
// reason, and the ticket's timeline says so. Settings > Account sets the mail-loop cap (item 4).
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { SUPPORT_INBOX, sendToInbox, ticketIdWithSubject } from "./support/inbound-mail";
import { storageStateOf } from "./support/roles";
import { screenshots, uniqueSubject } from "./ticket-fixtures";

test.use({ storageState: storageStateOf("admin") });

const API = { Authorization: `Bearer ${process.env.E2E_API_KEY}` };

function deliveryStatusNotification(to: string, returnedMessageId: string): string {
  return [
    "From: Mail Delivery System <MAILER-DAEMON@mx.customer.example>",
    `To: ${SUPPORT_INBOX}`,
    "Subject: Undelivered Mail Returned to Sender",
    `Message-ID: <dsn-${Date.now()}@mx.customer.example>`,
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-boundary"',
    "",
    "--dsn-boundary",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "I'm sorry to have to inform you that your message could not be delivered.",
    "",
    "--dsn-boundary",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.customer.example",
    "",
    `Final-Recipient: rfc822; ${to}`,
    "Action: failed",
    "Status: 5.1.1",
    `Diagnostic-Code: smtp; 550 5.1.1 <${to}>: Recipient address rejected: User unknown`,
    "",
    "--dsn-boundary",
    "Content-Type: text/rfc822-headers",
    "",
    `Message-ID: ${returnedMessageId}`,
    `To: ${to}`,
    "Subject: Ticket received",
    "",
    "--dsn-boundary--",
    "",
  ].join("\r\n");
}

test("a returned email is marked Bounced in the Outbox and on the ticket, and opens no ticket", async ({
  page,
  request,
}, testInfo) => {
  const subject = uniqueSubject("Bounce");
  const customer = `${subject.replace(/\W+/g, ".").toLowerCase()}@customer.example`;
  await sendToInbox({ from: customer, subject, text: "Please call me back." });
  const ticketId = await ticketIdWithSubject(request, subject);

  let sent: { messageId: string; subject: string } | undefined;
  await expect(async () => {
    const outbox = await request.get(`/api/v1/outbox?ticketId=${ticketId}`, { headers: API });
    sent = ((await outbox.json()) as { messageId: string; subject: string; to: string }[]).find(
      (email) => email.to === customer,
    );
    expect(sent).toBeDefined();
  }).toPass({ timeout: 20_000 });

  const ticketsBefore = ((await (await request.get("/api/v1/tickets?limit=100", { headers: API })).json()) as [])
    .length;
  await sendToInbox({
    envelope: { from: "", to: [SUPPORT_INBOX] },
    raw: deliveryStatusNotification(customer, sent!.messageId),
  });

  await page.goto("/settings/outbox");
  // One badge in the Transport column (wide screens), one under the subject (narrow ones).
  const bounced = page.getByRole("row").filter({ hasText: customer }).getByTestId("outbox-bounced");
  await expect(bounced.filter({ visible: true })).toHaveAttribute("title", /Recipient address rejected: User unknown/);
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, testInfo, "outbox-bounced");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(bounced.filter({ visible: true })).toHaveText("Bounced");

  await page.goto(`/tickets/${ticketId}`);
  await expect(page.getByText(`to ${customer} bounced: 550 5.1.1`).first()).toBeVisible();
  const ticketsAfter = ((await (await request.get("/api/v1/tickets?limit=100", { headers: API })).json()) as []).length;
  expect(ticketsAfter).toBe(ticketsBefore);
});

test("an admin sets how many automated emails one contact may get per hour", async ({ page }, testInfo) => {
  await page.goto("/settings/account");
  const form = page.getByRole("form", { name: "Account settings" });
  const save = form.getByRole("button", { name: "Save" });
  const cap = form.getByRole("spinbutton", { name: /Automated emails per contact per hour/ });
  await expect(cap).toHaveValue("5");
  await cap.fill("-1");
  await save.click();
  await expect(form.getByText("Enter a whole number from 0 to 1000")).toBeVisible();
  await expect(cap).toBeFocused();
  await cap.fill("3");
  await save.click();
  await expect(page.getByText("Account settings saved.").first()).toBeVisible();
  await page.reload();
  await expect(cap).toHaveValue("3");
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, testInfo, "account-automated-email-cap");
  await cap.fill("5");
  await save.click();
  await expect(page.getByText("Account settings saved.").first()).toBeVisible();
});
