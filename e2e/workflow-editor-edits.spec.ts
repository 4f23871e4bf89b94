// Issue 6 in the browser, as a person edits a workflow: comments on an action, deleting an
// if/then branch while keeping one path's actions, enrollment filter groups with "is any of" / "is
// none of" (an empty choice is refused beside the field), "Edit" → "Save email" from the side
// panel, restoring an earlier version after confirming, and all of it in the Automate tab's
// History. Keyboard focus is checked where dialogs close. Screenshots at both widths.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { ROLES } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";
import { gotoAutomate } from "./support/automate";
import { addAt, createWorkflow, sheet, submitAdd } from "./support/workflow-editor";

const NAME = "Escalation";
const bubbles = (page: Page) => page.getByTestId("action-bubble");
const bubble = (page: Page, text: string) => bubbles(page).filter({ hasText: text });

async function choose(page: Page, scope: ReturnType<Page["getByRole"]>, name: string, option: string) {
  await scope.getByRole("combobox", { name, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

async function addTask(page: Page, where: string, title: string) {
  await addAt(page, where, "Create task");
  await sheet(page).getByRole("textbox", { name: "Task title", exact: true }).fill(title);
  await submitAdd(page);
}

test.use({ storageState: { cookies: [], origins: [] } });

test("as a super admin: comments, delete a branch keeping a path, filters, edit the email, restore, History", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, "superadmin");
  await createWorkflow(page, NAME, "Billing & Refunds: Received");
  await addAt(page, "the workflow, position 1", "If/then branch");
  await submitAdd(page);
  await addTask(page, "branch Urgent tickets, position 1", "Call the customer");
  await addTask(page, "branch None met, position 1", "Reply by email");

  // A comment on the branch; Escape closes the thread and focus returns to its button.
  const branch = bubble(page, "If/then branch (1 branch)");
  await branch.hover();
  await branch.getByRole("button", { name: /^Comments on If\/then branch/ }).click();
  const popover = page.getByTestId("comments-popover");
  await popover.getByLabel("Add a comment").fill("Urgent means a call within the hour");
  await popover.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(popover.getByTestId("comment")).toContainText("Urgent means a call within the hour");
  await expect(popover.getByTestId("comment")).toContainText(ROLES.superadmin.name);
  await captureBothWidths(page, testInfo, "workflow-editor-comments");
  await page.keyboard.press("Escape");
  await expect(branch.getByRole("button", { name: "1 comment on If/then branch (1 branch)" })).toBeFocused();

  // Delete only the branch, keeping what "None met" did; focus lands on the trigger card.
  await branch.hover();
  await branch.getByRole("button", { name: "Delete If/then branch (1 branch)" }).click();
  await page.getByRole("menuitem", { name: "Delete only this action" }).click();
  const dialog = page.getByTestId("delete-branch-dialog");
  await dialog.getByRole("radio", { name: "Keep the actions of “None met”" }).click();
  await captureBothWidths(page, testInfo, "workflow-editor-delete-branch");
  await dialog.getByRole("button", { name: "Delete branch" }).click();
  await expect(page.getByText("Branch deleted.").first()).toBeVisible();
  await expect(page.getByTestId("workflow-trigger")).toBeFocused();
  await expect(bubbles(page)).toHaveText(["Create task: Reply by email"]);
  await expect(page.getByTestId("branch-paths")).toHaveCount(0);

  // Send email: "Edit" the chosen email in the panel, "Save email", back to the action, add it.
  await addAt(page, "the workflow, position 2", "Send email");
  await choose(page, sheet(page), "Automated email", "How did we do? (survey) (custom)");
  await sheet(page).getByRole("button", { name: "Edit", exact: true }).click();
  const editor = sheet(page).getByTestId("template-editor");
  await expect(sheet(page).getByRole("heading", { name: "Edit email" })).toBeVisible();
  const subject = editor.getByRole("textbox", { name: "Subject", exact: true });
  const original = await subject.inputValue();
  await subject.fill("One question about {{ticket.subject}}");
  await captureBothWidths(page, testInfo, "workflow-editor-email");
  await editor.getByRole("button", { name: "Save email" }).click();
  await expect(page.getByText("Email saved.").first()).toBeVisible();
  await expect(sheet(page).getByTestId("chosen-email")).toContainText("One question about {{ticket.subject}}");
  await sheet(page).getByRole("button", { name: "Edit", exact: true }).click();
  await subject.fill(original);
  await editor.getByRole("button", { name: "Save email" }).click();
  await expect(sheet(page).getByTestId("chosen-email")).toContainText(original);
  await submitAdd(page);
  await expect(bubbles(page)).toHaveText(["Create task: Reply by email", "Send email: How did we do? (survey)"]);

  // Enrollment criteria: the new workflow's one group holds the visible default "Source is none of
  // Chat, Facebook Messenger"; it becomes "is any of" (both kept), then Ticket owner is none of
  // (nothing → refused, then Alex Agent) is ANDed to it.
  await page.getByRole("tab", { name: "Settings" }).click();
  const group = page.getByRole("group", { name: "Group 1" });
  const first = group.getByRole("group", { name: "Filter 1" });
  await expect(first.getByRole("combobox", { name: "Operator" })).toHaveText("is none of");
  await expect(first.getByRole("checkbox", { name: "Chat" })).toBeChecked();
  await expect(first.getByRole("checkbox", { name: "Facebook Messenger" })).toBeChecked();
  await choose(page, first, "Operator", "is any of");
  await expect(first.getByRole("checkbox", { name: "Facebook Messenger" })).toBeChecked();
  await group.getByRole("button", { name: "Add filter to group 1" }).click();
  const second = group.getByRole("group", { name: "Filter 2" });
  await choose(page, second, "Property", "Ticket owner");
  await choose(page, second, "Operator", "is none of");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(second.getByText("Choose at least one value")).toBeVisible();
  await second.getByRole("checkbox", { name: ROLES.agent.name }).click();
  // The delays' time zone: a list of IANA zones, the account's first (as Settings > Account's picker).
  const zone = page.getByRole("combobox", { name: "Time zone of delays", exact: true });
  await expect(zone).toHaveText(/^Account’s time zone \(.+\)$/);
  await zone.click();
  await page.getByRole("option", { name: "Asia/Tokyo", exact: true }).click();
  await captureBothWidths(page, testInfo, "workflow-editor-filters");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.").first()).toBeVisible();
  await page.reload();
  await page.getByRole("tab", { name: "Settings" }).click();
  await expect(page.getByRole("combobox", { name: "Time zone of delays", exact: true })).toHaveText("Asia/Tokyo");
  await expect(first.getByRole("combobox", { name: "Operator" })).toHaveText("is any of");
  await expect(first.getByRole("checkbox", { name: "Facebook Messenger" })).toBeChecked();
  await expect(second.getByRole("checkbox", { name: ROLES.agent.name })).toBeChecked();

  // Restore version 4 (the branch with both paths' tasks), after confirming; focus returns to its button.
  await page.getByRole("tab", { name: "Revisions" }).click();
  await page.getByRole("button", { name: "Restore version 4" }).click();
  await expect(page.getByTestId("restore-dialog")).toContainText(
    "nothing is restored and you are told what is missing",
  );
  await captureBothWidths(page, testInfo, "workflow-editor-restore");
  await page.getByTestId("restore-dialog").getByRole("button", { name: "Restore version 4" }).click();
  await expect(page.getByText("Revision restored.").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Restore version 4" })).toBeFocused();
  await page.getByRole("tab", { name: "Actions" }).click();
  await expect(bubbles(page)).toHaveText([
    "If/then branch (1 branch)",
    "Create task: Call the customer",
    "Create task: Reply by email",
  ]);

  // A version naming a user deactivated since is not restored: the message names what is missing.
  const editorUrl = page.url();
  const person = `Notify ${Date.now().toString(36)}`;
  await page.goto("/settings/users");
  await page.getByTestId("create-user").click();
  const create = page.getByTestId("create-user-dialog");
  await create.getByLabel("Name").fill(person);
  await create.getByLabel("Email").fill(`${person.replace(" ", "-").toLowerCase()}@example.com`);
  await create.getByRole("button", { name: "Generate" }).click();
  await create.getByRole("button", { name: "Add user" }).click();
  await create.getByRole("button", { name: "Done" }).click();
  await page.goto(editorUrl);
  await addAt(page, "the workflow, position 2", "Send internal email notification");
  await sheet(page).getByRole("group", { name: "Users" }).getByRole("checkbox", { name: person }).click();
  await sheet(page).getByRole("textbox", { name: "Body", exact: true }).fill("Please call back.");
  await submitAdd(page); // version 9
  const notify = bubble(page, "Notify ");
  await notify.hover();
  await notify.getByRole("button", { name: /^Delete Notify / }).click();
  await page.getByRole("menuitem", { name: "Delete only this action" }).click(); // version 10
  await expect(page.getByText("Deleted.").first()).toBeVisible();
  // Its buttons are gone: focus is on the bubble before it (position 1), not lost to the page.
  await expect(bubbles(page).first().getByRole("button").first()).toBeFocused();
  await page.goto("/settings/users");
  const row = page.getByTestId("user-row").filter({ hasText: person });
  await row.getByTestId("deactivate-user").click();
  await page.getByTestId("confirm-deactivate").click();
  await expect(row).toContainText("Deactivated");
  await page.goto(editorUrl);
  await page.getByRole("tab", { name: "Revisions" }).click();
  await page.getByRole("button", { name: "Restore version 9" }).click();
  await page.getByTestId("restore-dialog").getByRole("button", { name: "Restore version 9" }).click();
  await expect(page.getByTestId("restore-error")).toContainText(
    ": Ticket update: {{ticket.subject}}” uses a user who was deleted or deactivated",
  );
  // Said once, on screen (an alert), not also in a toast.
  await expect(page.getByTestId("restore-error")).toHaveAttribute("role", "alert");
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "was not restored" })).toHaveCount(0);
  await expect(page.getByTestId("revision-row").first()).toContainText("10 (current)");
  await captureBothWidths(page, testInfo, "workflow-editor-restore-refused");

  // The Automate tab's History shows each of these, by whom.
  await gotoAutomate(page, "Billing & Refunds");
  await page.getByTestId("open-history").click();
  const history = page.getByTestId("history-drawer");
  await expect(
    history.getByTestId("history-entry").filter({ hasText: `Workflow "${NAME}": restored an earlier version` }),
  ).toContainText(ROLES.superadmin.name);
  await expect(
    history
      .getByTestId("history-entry")
      .filter({ hasText: `Workflow "${NAME}": enrollment criteria` })
      .first(),
  ).toContainText(`Source is any of Chat, Facebook Messenger and Ticket owner is none of ${ROLES.agent.name}`);
  await captureBothWidths(page, testInfo, "workflow-editor-history");
});
