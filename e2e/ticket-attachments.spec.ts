// Attachments of real inbound email (issue 19 item 6): listed on the ticket record (with the
// message and in the Attachments section) and the contact record with name, type and size; an
// inline cid: image listed, not displayed; downloaded as a file (Playwright's download event),
// under a sanitized name; the download URL refuses a visitor who is not signed in.
import fs from "node:fs";
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { sendToInbox, ticketIdWithSubject } from "./support/inbound-mail";
import { storageStateOf } from "./support/roles";
import { screenshots, uniqueSubject } from "./ticket-fixtures";

test.use({ storageState: storageStateOf("agent") });

const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n% e2e\n"), crypto.randomBytes(48 * 1024)]);
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082",
  "hex",
);

test("an email's attachments are listed on the records and download as files", async ({
  page,
  request,
  browser,
}, testInfo) => {
  const subject = uniqueSubject("Attachments");
  const from = `${subject.replace(/\W+/g, ".").toLowerCase()}@customer.example`;
  await sendToInbox({
    from: `Dana Customer <${from}>`,
    subject,
    text: "The quote and a screenshot of the error are attached.",
    html: '<p>The quote is attached.</p><p><img src="cid:error-shot@customer.example" alt="The error"></p>',
    attachments: [
      { filename: "Quote 2026 – März.pdf", content: PDF, contentType: "application/pdf" },
      { filename: '../../evil".html', content: "<script>alert(1)</script>", contentType: "text/html" },
      { filename: "error.png", content: PNG, contentType: "image/png", cid: "error-shot@customer.example" },
    ],
  });
  const ticketId = await ticketIdWithSubject(request, subject);
  await page.goto(`/tickets/${ticketId}`);

  const message = page.getByTestId("message").filter({ hasText: "The quote and a screenshot" });
  const onMessage = message.getByTestId("message-attachments");
  await expect(onMessage.getByRole("listitem")).toHaveCount(3);
  await expect(onMessage).toContainText("Quote 2026 – März.pdf");
  await expect(onMessage).toContainText("application/pdf · 49.2 kB");
  const inline = onMessage.getByRole("listitem").filter({ hasText: "error.png" });
  await expect(inline).toContainText("Inline image");
  await expect(page.locator("img")).toHaveCount(0); // listed, never displayed
  const section = page.getByRole("region", { name: "Attachments (3)" });
  await expect(section.getByTestId("attachment-link")).toHaveCount(3);
  await expect(section).toContainText("from Dana Customer");
  await expectNoSeriousAxeViolations(page);

  const pdfLink = section.getByRole("link", { name: /Quote 2026 – März\.pdf/ });
  const [pdf] = await Promise.all([page.waitForEvent("download"), pdfLink.click()]);
  expect(pdf.suggestedFilename()).toBe("Quote 2026 – März.pdf");
  expect(fs.readFileSync((await pdf.path())!).equals(PDF)).toBe(true);
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticketId}$`)); // downloaded, not opened

  const [hostile] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("link", { name: /evil/ }).click(),
  ]);
  expect(hostile.suggestedFilename()).not.toMatch(/[/\\"]/);
  expect(hostile.suggestedFilename()).toContain("evil_.html");

  const href = (await pdfLink.getAttribute("href"))!;
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({
    "content-type": "application/pdf",
    "x-content-type-options": "nosniff",
    "content-disposition": `attachment; filename="Quote 2026 _ M_rz.pdf"; filename*=UTF-8''Quote%202026%20%E2%80%93%20M%C3%A4rz.pdf`,
  });
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const refused = await anonymous.request.get(href, { maxRedirects: 0 });
  expect([307, 401]).toContain(refused.status());
  expect(refused.headers()["content-disposition"]).toBeUndefined();
  await anonymous.close();

  await screenshots(page, testInfo, "ticket-attachments");

  await page.getByRole("link", { name: "Dana Customer" }).first().click();
  await expect(page.getByRole("heading", { name: "Dana Customer", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Attachments (3)" })).toContainText("Quote 2026 – März.pdf");
  await screenshots(page, testInfo, "contact-attachments");
});
