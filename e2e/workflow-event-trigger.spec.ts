// A custom workflow with an event trigger, end to end: a super admin builds it in the /workflows
// editor (trigger "Ticket created", one "Send internal email notification"), turns it on, and
// creates a ticket with the New ticket form. The ticket's timeline shows the enrolment and the
// notification sent; Settings > Outbox has the notification. Screenshots at both widths. The
// workflow is turned off afterwards: it would enrol every ticket later specs create.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { addAt, createWorkflow, saveSettings, setOn, sheet, submitAdd } from "./support/workflow-editor";
import { createTicket, pick, screenshots, uniqueSubject } from "./ticket-fixtures";

const NAME = `Welcome ${Date.now().toString(36)}`;
const NOTICE = "New ticket: {{ticket.subject}}";
let editorUrl: string | null = null;

test.describe.configure({ mode: "serial" });
// Own sign-in rather than the setup project's saved sessions, which parallel runs in this tree overwrite.
test.use({ storageState: { cookies: [], origins: [] } });

test.afterAll(async ({ browser }) => {
  if (!editorUrl) return;
  const page = await browser.newPage();
  await signIn(page, "superadmin");
  await page.goto(editorUrl);
  await setOn(page, false);
  await saveSettings(page);
  await page.close();
});

test("a 'Ticket created' workflow enrols a ticket from the New ticket form and sends its notification", async ({
  page,
}, testInfo) => {
  await signIn(page, "superadmin");
  await createWorkflow(page, NAME, "Support Pipeline: Waiting on us");
  editorUrl = page.url();

  await addAt(page, "the workflow, position 1", "Send internal email notification");
  await sheet(page).getByRole("group", { name: "Users" }).getByRole("checkbox", { name: "Avery Admin" }).click();
  await sheet(page).getByRole("textbox", { name: "Subject", exact: true }).fill(NOTICE);
  await sheet(page).getByRole("textbox", { name: "Body", exact: true }).fill("Please have a look.");
  await submitAdd(page);

  await setOn(page, true);
  await pick(page, "Enroll tickets when", "Ticket created");
  await expect(page.getByRole("combobox", { name: /^Status in / })).toBeHidden();
  await screenshots(page, testInfo, "workflow-event-trigger-settings");
  await saveSettings(page);
  await page.reload();
  await expect(page.getByTestId("workflow-trigger")).toContainText("Ticket created");
  await page.getByRole("tab", { name: "Settings" }).click();
  await expect(page.getByRole("switch", { name: "Workflow is on" })).toHaveAttribute("aria-checked", "true");

  const subject = uniqueSubject("Event trigger");
  const ticketId = await createTicket(page, {
    pipeline: "Support Pipeline",
    subject,
    contactEmail: `trigger-${Date.now().toString(36)}@customer.example`,
  });
  const entries = page.getByTestId("timeline-entry");
  await expect(async () => {
    await page.reload();
    await expect(entries.filter({ hasText: `Enrolled in workflow "${NAME}": the ticket was created` })).toHaveCount(1, {
      timeout: 1_000,
    });
    await expect(
      entries.filter({ hasText: `Internal notification "New ticket: ${subject}" sent to Avery Admin` }),
    ).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await screenshots(page, testInfo, "workflow-event-trigger-timeline");

  await page.goto("/settings");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Outbox" }).click();
  const row = page.getByTestId("outbox-row").filter({ hasText: `New ticket: ${subject}` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("admin@example.com");
  await expect(row.getByRole("link", { name: subject })).toHaveAttribute("href", `/tickets/${ticketId}`);
  await expect(row.locator("time").first()).toHaveAttribute("title", / \(Europe\/Berlin\)$/);
  await screenshots(page, testInfo, "workflow-event-trigger-outbox");
  // On a phone the subject stays on screen, the recipient and time stacked under it.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(row.getByRole("button", { name: `New ticket: ${subject}` })).toBeInViewport();
  await expect(row.getByTestId("outbox-row-stacked")).toContainText("To admin@example.com");
});
