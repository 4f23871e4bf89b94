// SPEC §5 "Trigger actions when a ticket reaches a certain status", in the browser. Changes are
// made on "Billing & Refunds" (its lanes start empty) and removed again, so other specs see the seed.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";
import { gotoAutomate, setPlan } from "./support/automate";

const lane = (page: Page, status: string) => page.getByRole("region", { name: `Actions for ${status}` });
const sheet = (page: Page) => page.getByTestId("action-sheet");
const bubble = (page: Page, status: string, text: string | RegExp) =>
  lane(page, status).getByRole("button", { name: text, exact: true });

async function startAdding(page: Page, status: string, type: string): Promise<Locator> {
  await lane(page, status)
    .getByRole("button", { name: `Add action to ${status}` })
    .click();
  await page.getByRole("menuitem", { name: type, exact: true }).click();
  await expect(sheet(page).getByRole("heading", { name: `Add action: ${type}` })).toBeVisible();
  return sheet(page);
}

async function submit(page: Page, button: "Add action" | "Save", toast: string): Promise<void> {
  await sheet(page).getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByText(toast).first()).toBeVisible();
  await expect(sheet(page)).toBeHidden();
}

/** Form controls by accessible name (a required field's "*" is aria-hidden, not part of it). */
const textbox = (scope: Locator, name: string) => scope.getByRole("textbox", { name, exact: true });
const number = (scope: Locator, name: string) => scope.getByRole("spinbutton", { name, exact: true });

async function choose(page: Page, name: string, option: string): Promise<void> {
  await sheet(page).getByRole("combobox", { name, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

async function toolsOf(page: Page, status: string, text: string): Promise<Locator> {
  const item = lane(page, status).getByTestId("action-bubble").filter({ hasText: text });
  await item.hover();
  return item;
}

/** `confirmCount`: "this and all following" removing several asks first, naming how many. */
async function deleteVia(
  page: Page,
  status: string,
  text: string | null,
  choice: string,
  confirmCount = 1,
): Promise<void> {
  const bubbles = lane(page, status).getByTestId("action-bubble");
  const item = text === null ? bubbles.first() : bubbles.filter({ hasText: text });
  await item.hover();
  await item.getByRole("button", { name: /^Delete / }).click();
  await page.getByRole("menuitem", { name: choice }).click();
  if (confirmCount > 1) {
    const confirm = page.getByTestId("confirm-delete-following");
    await expect(confirm.getByRole("heading", { name: `Delete ${confirmCount} actions?` })).toBeVisible();
    await confirm.getByRole("button", { name: `Delete ${confirmCount} actions` }).click();
  }
}

/** Removes every action of a lane ("Delete this action and all following actions" on the first). */
async function emptyLane(page: Page, status: string): Promise<void> {
  const count = await lane(page, status).getByTestId("action-bubble").count();
  if (count === 0) return;
  await deleteVia(page, status, null, "Delete this action and all following actions", count);
  await expect(lane(page, status).getByText("No actions")).toBeVisible();
}

const BILLING_STATUSES = ["Received", "Investigating", "Refund issued", "Declined"];

test.describe.configure({ mode: "serial" });

test.describe("as a super admin", () => {
  test.use({ storageState: storageStateOf("superadmin") });

  test("adds every action type; invalid input is shown beside the field; a reload shows them all", async ({
    page,
  }, testInfo) => {
    await gotoAutomate(page, "Billing & Refunds");
    for (const status of BILLING_STATUSES) await emptyLane(page, status); // a retry starts clean
    let panel = await startAdding(page, "Received", "Send internal email notification");
    await expect(panel.getByTestId("token-list")).toContainText("{{ticket.priority}}");
    await textbox(panel, "Subject").fill("");
    await panel.getByRole("button", { name: "Add action", exact: true }).click();
    await expect(panel.getByText("Subject is required")).toBeVisible();
    await textbox(panel, "Subject").fill("Refund request: {{ticket.subject}}");
    await textbox(panel, "Body").fill("From ");
    await panel.getByRole("button", { name: "{{contact.name}}" }).click();
    await panel.getByRole("checkbox", { name: "Billing team" }).click();
    await captureBothWidths(page, testInfo, "status-actions-internal-email-panel");
    await submit(page, "Add action", "Action added.");

    panel = await startAdding(page, "Received", "Send email");
    await expect(panel.getByTestId("transactional-note")).toContainText("whatever their marketing status");
    await submit(page, "Add action", "Action added.");

    panel = await startAdding(page, "Investigating", "Delay");
    await number(panel, "Wait for").fill("2");
    await submit(page, "Add action", "Action added.");
    await startAdding(page, "Investigating", "If/then branch");
    await submit(page, "Add action", "Action added.");
    await startAdding(page, "Investigating", "Set property");
    await choose(page, "Value", "Urgent");
    await submit(page, "Add action", "Action added.");

    panel = await startAdding(page, "Refund issued", "Create task");
    await textbox(panel, "Task title").fill("Confirm the refund arrived");
    await submit(page, "Add action", "Action added.");
    panel = await startAdding(page, "Refund issued", "Assign owner");
    await panel.getByRole("radio", { name: "Rotate among a team's members" }).click();
    await choose(page, "Team", "Billing team");
    await submit(page, "Add action", "Action added.");
    panel = await startAdding(page, "Refund issued", "Send webhook");
    await textbox(panel, "Webhook URL").fill("ftp://nope");
    await panel.getByRole("button", { name: "Add action", exact: true }).click();
    await expect(panel.getByText("Enter an http:// or https:// URL")).toBeVisible();
    await textbox(panel, "Webhook URL").fill("https://hooks.example/refunds");
    await submit(page, "Add action", "Action added.");
    // Its signing secret, shown once (webhook-secrets.spec.ts looks closer).
    await expect(page.getByTestId("webhook-secret-value")).toHaveValue(/^whsec_/);
    await page.getByTestId("webhook-secret-dialog").getByRole("button", { name: "Done" }).click();

    panel = await startAdding(page, "Declined", "Send email");
    await choose(page, "Automated email", "How did we do? (survey) (custom)");
    await expect(panel.getByTestId("transactional-note")).toContainText(
      "Only sent to contacts marked as marketing contacts",
    );
    await submit(page, "Add action", "Action added.");

    await page.reload();
    const expected: Record<string, string[]> = {
      Received: [
        "Notify the owner and Billing team: Refund request: {{ticket.subject}}",
        "Send email: Ticket received",
      ],
      Investigating: ["Delay for 2 hours", "If/then branch (1 branch)", "Set priority to Urgent"],
      "Refund issued": [
        "Create task: Confirm the refund arrived",
        "Rotate owner among Billing team",
        "Send webhook (POST)",
      ],
      Declined: ["Send email: How did we do? (survey)"],
    };
    for (const [status, bubbles] of Object.entries(expected)) {
      await expect(lane(page, status).getByTestId("action-bubble")).toHaveText(bubbles);
    }
    await captureBothWidths(page, testInfo, "status-actions-lanes");
  });

  test("clicking a bubble edits it in the side panel", async ({ page }) => {
    await gotoAutomate(page, "Billing & Refunds");
    await bubble(page, "Investigating", "Delay for 2 hours").click();
    await expect(sheet(page).getByRole("heading", { name: "Delay" })).toBeVisible();
    await number(sheet(page), "Wait for").fill("3");
    await submit(page, "Save", "Action saved.");
    await page.reload();
    await expect(bubble(page, "Investigating", "Delay for 3 hours")).toBeVisible();
    await bubble(page, "Received", /^Notify /).click();
    await expect(sheet(page).getByRole("checkbox", { name: "Billing team" })).toBeChecked();
    await expect(textbox(sheet(page), "Body")).toHaveValue("From {{contact.name}}");
  });

  test("comments: add one (author and time shown), delete your own", async ({ page }, testInfo) => {
    await gotoAutomate(page, "Billing & Refunds");
    const item = await toolsOf(page, "Investigating", "Delay for 3 hours");
    await item.getByRole("button", { name: /^Comments on Delay for 3 hours/ }).click();
    const popover = page.getByTestId("comments-popover");
    await expect(popover.getByText("No comments yet.")).toBeVisible();
    await popover.getByLabel("Add a comment").fill("Is 3 hours long enough for the bank?");
    await popover.getByRole("button", { name: "Comment" }).click();
    const comment = popover.getByTestId("comment");
    await expect(comment).toContainText("Sam Super");
    await expect(comment).toContainText("just now");
    await expect(comment).toContainText("Is 3 hours long enough for the bank?");
    await captureBothWidths(page, testInfo, "status-actions-comments");
    await page.keyboard.press("Escape");
    await page.reload();
    await expect(
      lane(page, "Investigating").getByRole("button", { name: "1 comment on Delay for 3 hours" }),
    ).toBeVisible();
    await lane(page, "Investigating").getByRole("button", { name: "1 comment on Delay for 3 hours" }).click();
    await popover.getByRole("button", { name: "Delete comment" }).click();
    await expect(popover.getByText("No comments yet.")).toBeVisible();
  });

  test('Send email: "Edit" the email, then "Save email"; a reload shows it', async ({ page }, testInfo) => {
    await gotoAutomate(page, "Billing & Refunds");
    const editSurvey = async () => {
      await bubble(page, "Declined", "Send email: How did we do? (survey)").click();
      await sheet(page).getByRole("button", { name: "Edit" }).click();
      return sheet(page).getByTestId("template-editor");
    };
    let editor = await editSurvey();
    const subject = textbox(editor, "Subject");
    const original = await subject.inputValue();
    await subject.fill("Two questions about {{ticket.subject}}");
    await captureBothWidths(page, testInfo, "status-actions-template-editor");
    await editor.getByRole("button", { name: "Save email" }).click();
    await expect(page.getByText("Email saved.")).toBeVisible();
    await expect(sheet(page).getByTestId("chosen-email")).toContainText("Two questions about {{ticket.subject}}");
    await page.reload();
    editor = await editSurvey();
    await expect(textbox(editor, "Subject")).toHaveValue("Two questions about {{ticket.subject}}");
    await textbox(editor, "Subject").fill(original);
    await editor.getByRole("button", { name: "Save email" }).click();
    await expect(page.getByText("Email saved.").first()).toBeVisible();
  });

  test('delete: "Delete only this action", then "Delete this action and all following actions"', async ({
    page,
  }, testInfo) => {
    await gotoAutomate(page, "Billing & Refunds");
    const announced = (text: string) => page.locator('[aria-live="polite"]').getByText(text).first();
    // Focus moves to the bubble before the deleted one, else to the lane's "+", and the deletion is announced.
    await deleteVia(page, "Investigating", "If/then branch (1 branch)", "Delete only this action");
    await expect(lane(page, "Investigating").getByTestId("action-bubble")).toHaveText([
      "Delay for 3 hours",
      "Set priority to Urgent",
    ]);
    await expect(bubble(page, "Investigating", "Delay for 3 hours")).toBeFocused();
    await expect(announced("Action deleted.")).toBeVisible();
    await captureBothWidths(page, testInfo, "status-actions-deleted-focus");
    await deleteVia(page, "Investigating", "Delay for 3 hours", "Delete this action and all following actions", 2);
    await expect(lane(page, "Investigating").getByText("No actions")).toBeVisible();
    await expect(
      lane(page, "Investigating").getByRole("button", { name: "Add action to Investigating" }),
    ).toBeFocused();
    await expect(announced("2 actions deleted.")).toBeVisible();
    await page.reload();
    await expect(lane(page, "Investigating").getByText("No actions")).toBeVisible();
    await expect(lane(page, "Received").getByTestId("action-bubble")).toHaveCount(2);
    for (const status of BILLING_STATUSES) await emptyLane(page, status); // leave Billing & Refunds as seeded
  });

  test("plans: Starter shows the Professional actions locked; Free locks the whole section", async ({
    page,
  }, testInfo) => {
    await setPlan(page, "Starter");
    try {
      await gotoAutomate(page, "Billing & Refunds");
      await lane(page, "Received").getByRole("button", { name: "Add action to Received" }).click();
      await expect(page.getByRole("menuitem", { name: "Send email", exact: true })).toBeEnabled();
      for (const type of ["Delay", "If/then branch", "Set property", "Create task", "Assign owner", "Send webhook"]) {
        await expect(page.getByRole("menuitem", { name: `${type} Requires Professional` })).toHaveAttribute(
          "aria-disabled",
          "true",
        );
      }
      await captureBothWidths(page, testInfo, "status-actions-starter-menu");
      await page.keyboard.press("Escape");
      await setPlan(page, "Free");
      await gotoAutomate(page, "Support Pipeline");
      await expect(page.getByTestId("plan-lock-statusActions")).toBeVisible();
      await expect(page.getByRole("button", { name: /^Add action to/ })).toHaveCount(0);
    } finally {
      await setPlan(page, "Enterprise");
    }
  });
});

test.describe("as an agent", () => {
  test.use({ storageState: storageStateOf("agent") });

  test("sees the lanes read-only: no add or delete, a bubble opens read-only, comments allowed", async ({
    page,
  }, testInfo) => {
    await gotoAutomate(page, "Support Pipeline");
    await expect(page.getByRole("button", { name: /^Add action to/ })).toHaveCount(0);
    await expect(bubble(page, "New", "Send email: Ticket received")).toBeVisible();
    const item = await toolsOf(page, "Closed", "Send email: Ticket closed");
    await expect(item.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
    await expect(item.getByRole("button", { name: /^(\d+ comments? on|Comments on)/ })).toBeVisible();
    await bubble(page, "Closed", "Send email: Ticket closed").click();
    await expect(sheet(page).getByTestId("sheet-readonly-reason")).toContainText("Only super admins");
    await expect(sheet(page).getByRole("button", { name: "Save" })).toHaveCount(0);
    await expect(sheet(page).getByRole("combobox", { name: "Automated email", exact: true })).toBeDisabled();
    await captureBothWidths(page, testInfo, "status-actions-agent");
  });
});
