// SPEC §9 SLAs in the browser: an admin sets a pipeline's SLA on the Automate tab (a bad duration
// named beside its field), a new email's ticket then carries a badge with the time left on its board
// card and its record, and the board filters and sorts by SLA. Axe on both pages; screenshots at
// 1280x800 and 390x844. The SLA is removed again for the other specs.
import { expect, test, type Page } from "@playwright/test";
import { gotoAutomate } from "./support/automate";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { sendToInbox, ticketIdWithSubject } from "./support/inbound-mail";
import { storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";

const slaForm = (page: Page) => page.getByTestId("sla-form");

async function saveSla(page: Page, firstReply: string, close: string): Promise<void> {
  await slaForm(page).getByLabel("First reply within").fill(firstReply);
  await slaForm(page).getByLabel("Close within").fill(close);
  await page.getByRole("button", { name: "Save SLA" }).click();
}

test.describe("as an account admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("sets an SLA on the Automate tab and sees a new ticket's badge on the board and the record", async ({
    page,
    request,
  }, testInfo) => {
    await gotoAutomate(page, "Support Pipeline");
    await expect(page.getByRole("region", { name: "SLAs" })).toBeVisible();

    // A click before hydration submits nothing: retry until the message shows.
    await expect(async () => {
      await saveSla(page, "P1M", "P2D");
      await expect(page.getByText("Use an ISO 8601 duration in weeks, days, hours or minutes (PT4H, P2D)")).toBeVisible(
        {
          timeout: 2_000,
        },
      );
    }).toPass();
    await expect(slaForm(page).getByLabel("First reply within")).toHaveAttribute("aria-invalid", "true");
    await expect(slaForm(page).getByLabel("First reply within")).toBeFocused();

    await saveSla(page, "PT4H", "P2D");
    await expect(page.getByText("SLA saved. New tickets of this pipeline get these targets.")).toBeVisible();
    await page.reload();
    await expect(slaForm(page).getByLabel("First reply within")).toHaveValue("PT4H");
    await expectNoSeriousAxeViolations(page);
    await captureBothWidths(page, testInfo, "sla-automate");

    const subject = `SLA badge ${Date.now()}`;
    await sendToInbox({ from: "sla-e2e@customer.example", subject, text: "Where is my order?" });
    const ticketId = await ticketIdWithSubject(request, subject);

    await page.goto("/tickets");
    const card = page.locator(`[data-ticket-id="${ticketId}"]`);
    await expect(card.getByTestId("sla-badge")).toHaveText(/^First reply (3 h 5\d min|4 h 0 min|4 h) left$/);
    await expect(card.getByTestId("sla-badge")).toHaveAttribute("data-sla-status", "pending");
    await expect(card.getByTestId("sla-badge")).toHaveAttribute("title", /\(Europe\/Berlin\)$/);

    // Filter and order by SLA (the URL keeps both).
    await page.getByLabel("SLA", { exact: true }).click();
    await page.getByRole("option", { name: "SLA on track" }).click();
    await expect(page).toHaveURL(/sla=pending/);
    await expect(card).toBeVisible();
    await page.getByLabel("SLA", { exact: true }).click();
    await page.getByRole("option", { name: "SLA overdue" }).click();
    await expect(page).toHaveURL(/sla=overdue/);
    await expect(card).toHaveCount(0);
    await page.getByLabel("SLA", { exact: true }).click();
    await page.getByRole("option", { name: "Any SLA" }).click();
    await page.getByLabel("Sort").click();
    await page.getByRole("option", { name: "SLA due first" }).click();
    await expect(page).toHaveURL(/sort=sla/);
    await expect(card.getByTestId("sla-badge")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await captureBothWidths(page, testInfo, "sla-board");

    await page.goto(`/tickets/${ticketId}`);
    await expect(page.getByTestId("sla-firstReply").getByTestId("sla-badge")).toContainText("First reply");
    await expect(page.getByTestId("sla-close").getByTestId("sla-badge")).toContainText(/^Close (1 d 23 h|2 d) left$/);
    await captureBothWidths(page, testInfo, "sla-record");

    // Back as it was, for the other specs.
    await gotoAutomate(page, "Support Pipeline");
    await saveSla(page, "", "");
    await expect(page.getByText("SLA saved. New tickets of this pipeline get these targets.")).toBeVisible();
  });
});
