// SPEC §5 end to end: a move on the board enrols the ticket in the status's actions, the worker
// hands the email to the transport (the Outbox has it), and the ticket's timeline says so.
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { dragWithKeyboard } from "./support/board-keyboard";
import { card, column, createTicket, openBoard, screenshots, uniqueSubject } from "./ticket-fixtures";

test.use({ storageState: storageStateOf("agent") });

test("moving a card into Closed sends the 'Ticket closed' email and explains it on the timeline", async ({
  page,
  request,
}, testInfo) => {
  const subject = uniqueSubject("Board closes");
  const contactEmail = `board-${Date.now().toString(36)}@customer.example`;
  const ticketId = await createTicket(page, {
    pipeline: "Support Pipeline",
    status: "Waiting on us",
    subject,
    contactEmail,
  });

  await openBoard(page, "Support Pipeline", subject);
  await dragWithKeyboard(page, subject, "ArrowRight", 1, "Closed");
  await expect(column(page, "Closed").getByTestId("ticket-card").filter({ hasText: subject })).toBeVisible();
  await expect(card(page, subject)).not.toHaveAttribute("aria-busy");

  const headers = { Authorization: `Bearer ${process.env.E2E_API_KEY}` };
  await expect
    .poll(
      async () => {
        const outbox = await request.get(`/api/v1/outbox?ticketId=${ticketId}`, { headers });
        const emails = (await outbox.json()) as { subject: string; to: string }[];
        return emails.find((email) => email.to === contactEmail)?.subject ?? null;
      },
      { timeout: 15_000 },
    )
    .toBe(`Your request has been resolved: ${subject}`);

  await page.goto(`/tickets/${ticketId}`);
  const entries = page.getByTestId("timeline-entry");
  await expect(entries.filter({ hasText: `Email "Ticket closed" sent to ${contactEmail}` })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Status changed" }).first()).toBeVisible();
  await screenshots(page, testInfo, "board-automation-timeline");
});
