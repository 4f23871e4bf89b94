// Issue 18: connect a team inbox's own mailbox in the browser — Test connection names what
// failed and then passes, the mailbox is connected (passwords never shown again), and an email
// delivered to the mailbox (a real Dovecot on 127.0.0.1) becomes a ticket. Agents see no form
// they can use. Screenshots at both widths; axe finds nothing serious.
import { expect, test, type Page } from "@playwright/test";
import { startDovecot, type Dovecot } from "../tests/support/dovecot";
import { startSubmissionServer } from "../tests/support/submission-server";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";

let dovecot: Dovecot;
let smtp: Awaited<ReturnType<typeof startSubmissionServer>>;

test.beforeAll(async () => {
  dovecot = await startDovecot();
  smtp = await startSubmissionServer(dovecot.user, dovecot.password);
});
test.afterAll(async () => {
  await smtp?.close();
  dovecot?.dispose();
});

async function openBillingInbox(page: Page) {
  await page.goto("/settings/channels");
  await page.getByRole("link", { name: "Billing inbox" }).click();
  await expect(page.getByRole("heading", { name: "Billing inbox" })).toBeVisible();
}

async function chooseIn(page: Page, legend: string, label: string, option: string) {
  await page.getByRole("group", { name: legend }).getByLabel(label).click();
  await page.getByRole("option", { name: option }).click();
}

test.describe("as an account admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("connects the mailbox, tests the connection, and an email from it becomes a ticket", async ({
    page,
    request,
  }, testInfo) => {
    await openBillingInbox(page);
    const mailbox = page.getByRole("form", { name: "Connect a mailbox" });
    await expect(mailbox).toBeVisible();
    await mailbox.getByRole("button", { name: "Connect mailbox" }).click();
    await expect(mailbox.getByText("Enter the server's host name").first()).toBeVisible();

    const imap = mailbox.getByRole("group", { name: "Incoming mail (IMAP)" });
    await imap.getByLabel("Host").fill("127.0.0.1");
    await imap.getByLabel("Port").fill(String(dovecot.port));
    await chooseIn(page, "Incoming mail (IMAP)", "Security", "None (this machine only)");
    await imap.getByLabel("User name").fill(dovecot.user);
    await imap.getByLabel("Password").fill("not-the-password");
    const smtpGroup = mailbox.getByRole("group", { name: "Outgoing mail (SMTP)" });
    await smtpGroup.getByLabel("Host").fill("127.0.0.1");
    await smtpGroup.getByLabel("Port").fill(String(smtp.port));
    await chooseIn(page, "Outgoing mail (SMTP)", "Security", "None (this machine only)");

    await mailbox.getByRole("button", { name: "Test connection" }).click();
    await expect(page.getByTestId("check-imap")).toContainText("Authentication failed");
    await expect(page.getByTestId("check-smtp")).toContainText("Authentication failed");
    await captureBothWidths(page, testInfo, "mailbox-test-failed");

    await imap.getByLabel("Password").fill(dovecot.password);
    await mailbox.getByRole("button", { name: "Test connection" }).click();
    await expect(page.getByTestId("check-imap")).toContainText("IMAP: OK");
    await expect(page.getByTestId("check-smtp")).toContainText("SMTP: OK");
    await expectNoSeriousAxeViolations(page);

    await mailbox.getByRole("button", { name: "Connect mailbox" }).click();
    await expect(page.getByText("Mailbox connected.")).toBeVisible();
    await expect(page.getByTestId("mailbox-intake-status")).toContainText("Reading", { timeout: 30_000 });
    await expect(imap.getByLabel("Password")).toHaveValue("");
    await expect(page.getByText("Stored encrypted and never shown.").first()).toBeVisible();
    expect(await page.content()).not.toContain(dovecot.password);

    const subject = `Invoice question ${Date.now()}`;
    await dovecot.deliver(
      [
        "From: Dana Buyer <dana@customer.example>",
        "To: billing@acme.example",
        `Subject: ${subject}`,
        `Message-ID: <${Date.now()}.e2e@customer.example>`,
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Why was I charged twice?",
        "",
      ].join("\r\n"),
    );
    const headers = { Authorization: `Bearer ${process.env.E2E_API_KEY}` };
    let ticketId = "";
    await expect
      .poll(
        async () => {
          const answer = await request.get("/api/v1/tickets", { headers });
          const tickets = (await answer.json()) as
            { id: string; subject: string }[] | { tickets: { id: string; subject: string }[] };
          const list = Array.isArray(tickets) ? tickets : tickets.tickets;
          ticketId = list.find((t) => t.subject === subject)?.id ?? "";
          return ticketId;
        },
        { timeout: 30_000 },
      )
      .not.toBe("");
    await page.goto(`/tickets/${ticketId}`);
    await expect(page.getByText("Why was I charged twice?").first()).toBeVisible();

    await openBillingInbox(page);
    await captureBothWidths(page, testInfo, "mailbox-connected");
    await expectNoSeriousAxeViolations(page);
    await page.goto("/settings/jobs");
    await expect(page.getByTestId("mailbox-intakes")).toContainText("Billing inbox");
    await captureBothWidths(page, testInfo, "mailbox-jobs");
  });
});

test.describe("as an agent", () => {
  test.use({ storageState: storageStateOf("agent") });

  test("sees the mailbox settings read-only", async ({ page }) => {
    await openBillingInbox(page);
    const mailbox = page.getByRole("form", { name: "Connect a mailbox" });
    await expect(mailbox.getByRole("button", { name: "Test connection" })).toBeDisabled();
    await expect(mailbox.getByRole("button", { name: /^(Save|Connect mailbox)$/ })).toBeDisabled();
    await expect(mailbox.getByRole("button", { name: "Disconnect" })).toHaveCount(0);
  });
});
