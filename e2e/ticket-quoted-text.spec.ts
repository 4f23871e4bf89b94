// A customer's reply by real email shows its new text; the quoted history and signature are
// collapsed behind "Show quoted text" (a real button: aria-expanded, keyboard, focus stays on it).
// axe finds nothing serious on the record, collapsed or expanded.
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { sendToInbox, ticketIdWithSubject } from "./support/inbound-mail";
import { storageStateOf } from "./support/roles";
import { screenshots, uniqueSubject } from "./ticket-fixtures";

test.use({ storageState: storageStateOf("agent") });

test("a reply shows its new text; the quoted history is behind a keyboard-usable toggle", async ({
  page,
  request,
}, testInfo) => {
  const subject = uniqueSubject("Quoted text");
  const from = `${subject.replace(/\W+/g, ".").toLowerCase()}@customer.example`;
  const first = `<${crypto.randomUUID()}@customer.example>`;
  await sendToInbox({ from, subject, text: "The export button does nothing.", messageId: first });
  await sendToInbox({
    from,
    subject: `Re: ${subject}`,
    inReplyTo: first,
    references: [first],
    text: [
      "It works after clearing the cache, thank you!",
      "",
      "Dana",
      "--",
      "Dana Customer | Customer Inc.",
      "",
      "On Thu, 3 Dec 2026 at 10:00, Support <support@acme.example> wrote:",
      "> Could you clear the cache and try again?",
      ">",
      "> The export button does nothing.",
    ].join("\n"),
  });
  const ticketId = await ticketIdWithSubject(request, subject);
  await page.goto(`/tickets/${ticketId}`);

  const reply = page.getByTestId("message").filter({ hasText: "It works after clearing the cache" });
  await expect(reply.getByTestId("message-new-text")).toContainText("It works after clearing the cache, thank you!");
  await expect(reply.getByTestId("message-new-text")).not.toContainText("Could you clear the cache");
  const quoted = reply.getByTestId("message-quoted-text");
  await expect(quoted).toBeHidden();
  const toggle = reply.getByRole("button", { name: "Show quoted text" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  // The first message has no quote: no toggle.
  await expect(
    page.getByTestId("message").filter({ hasText: "The export button does nothing." }).first(),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /quoted text/ })).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, testInfo, "quoted-text-collapsed");

  await toggle.click();
  await expect(quoted).toBeVisible();
  await expect(quoted).toContainText("> Could you clear the cache and try again?");
  const expanded = reply.getByRole("button", { name: "Hide quoted text" });
  await expect(expanded).toHaveAttribute("aria-expanded", "true");
  await expect(expanded).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, testInfo, "quoted-text-expanded");

  // Keyboard: Enter and Space toggle it; focus stays on the button.
  await expanded.focus();
  await page.keyboard.press("Enter");
  await expect(quoted).toBeHidden();
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Space");
  await expect(quoted).toBeVisible();
  await expect(expanded).toBeFocused();
  await expect(expanded).toHaveAttribute("aria-controls", (await quoted.getAttribute("id"))!);
});
