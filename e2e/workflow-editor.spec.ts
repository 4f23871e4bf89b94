// Issue 6 in the browser: build a workflow on a "Billing & Refunds" status (Create workflow,
// a delay, an if/then branch with an action in its "None met" path), reload → persisted,
// settings, a ticket enrolled through the API and unenrolled by hand, revisions; an agent sees it read-only. Screenshots at both widths.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { captureBothWidths } from "./support/screenshots";
import { addAt as add, createWorkflow, flow, sheet, submitAdd as submit } from "./support/workflow-editor";

const NAME = "Refund follow-up";

/** Moves a seeded "Billing & Refunds" ticket into `status` through the public API (it enrolls). */
async function moveABillingTicketTo(request: APIRequestContext, status: string) {
  const api = { headers: { Authorization: `Bearer ${process.env.E2E_API_KEY}` } };
  const pipelines = (await (await request.get("/api/v1/pipelines", api)).json()) as {
    id: string;
    name: string;
    statuses: { id: string; label: string }[];
  }[];
  const billing = pipelines.find((p) => p.name === "Billing & Refunds")!;
  const statusId = billing.statuses.find((s) => s.label === status)!.id;
  const tickets = (await (await request.get(`/api/v1/tickets?pipelineId=${billing.id}`, api)).json()) as {
    id: string;
    statusId: string;
    version: number;
  }[];
  const ticket = tickets.find((t) => t.statusId !== statusId)!;
  const moved = await request.patch(`/api/v1/tickets/${ticket.id}`, {
    ...api,
    data: { statusId, version: ticket.version },
  });
  expect(moved.ok()).toBe(true);
}

test.describe.configure({ mode: "serial" });
// Own sign-in rather than the setup project's saved sessions, which parallel runs in this tree overwrite.
test.use({ storageState: { cookies: [], origins: [] } });

test.describe("as a super admin", () => {
  test("builds a workflow with a delay and a branch; it persists across a reload", async ({
    page,
    request,
  }, testInfo) => {
    await signIn(page, "superadmin");
    await createWorkflow(page, NAME, "Billing & Refunds: Investigating");
    await expect(page.getByTestId("workflow-trigger")).toContainText(
      "Ticket reaches “Investigating” in Billing & Refunds",
    );

    await add(page, "the workflow, position 1", "Delay");
    await sheet(page).getByRole("spinbutton", { name: "Wait for", exact: true }).fill("2");
    await submit(page);
    await expect(flow(page).getByRole("button", { name: "Delay for 2 hours", exact: true })).toBeVisible();
    await add(page, "the workflow, position 2", "If/then branch");
    await submit(page);
    await expect(page.getByTestId("branch-paths")).toBeVisible();
    await add(page, "branch None met, position 1", "Create task");
    await sheet(page).getByRole("textbox", { name: "Task title", exact: true }).fill("Triage the refund");
    await submit(page);

    await page.reload();
    const bubbles = page.getByTestId("action-bubble");
    await expect(bubbles).toHaveCount(3);
    await expect(bubbles.nth(0)).toContainText("Delay for 2 hours");
    await expect(bubbles.nth(1)).toContainText("If/then branch (1 branch)");
    await expect(page.getByRole("region", { name: "Branch None met" }).getByTestId("action-bubble")).toContainText(
      "Triage the refund",
    );
    await captureBothWidths(page, testInfo, "workflow-editor-actions");

    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("switch", { name: "Workflow is on" }).click();
    await captureBothWidths(page, testInfo, "workflow-editor-settings");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.").first()).toBeVisible();

    await moveABillingTicketTo(request, "Investigating");
    await expect(async () => {
      await page.reload();
      await page.getByRole("tab", { name: /^Enrolled/ }).click();
      await expect(page.getByTestId("enrollment-row")).toHaveCount(1, { timeout: 1_000 });
      await expect(page.getByTestId("enrollment-row")).toContainText("If/then branch (1 branch)", { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await captureBothWidths(page, testInfo, "workflow-editor-enrolled");
    await page.getByRole("button", { name: /^Unenroll / }).click();
    await expect(page.getByText("Ticket unenrolled.").first()).toBeVisible();
    await expect(page.getByText("No ticket is enrolled right now.")).toBeVisible();
    await page.reload();
    await expect(page.getByText("On", { exact: true }).first()).toBeVisible();
    await page.getByRole("tab", { name: "Revisions" }).click();
    await expect(page.getByTestId("revision-row")).toHaveCount(5);
    await page.getByRole("button", { name: "View version 2" }).click();
    await expect(page.getByTestId("revision-dialog")).toContainText("Delay for 2 hours");
    await captureBothWidths(page, testInfo, "workflow-editor-revision");
    await page.keyboard.press("Escape");

    await page.goto("/workflows");
    await expect(page.getByRole("link", { name: NAME })).toBeVisible();
    await captureBothWidths(page, testInfo, "workflows-list");
  });
});

test.describe("as an agent", () => {
  test("sees the workflow read-only", async ({ page }) => {
    await signIn(page, "agent");
    await page.goto("/workflows");
    await expect(page.getByRole("button", { name: "Create workflow" })).toHaveCount(0);
    await page.getByRole("link", { name: NAME }).click();
    await expect(page.getByTestId("read-only-reason")).toBeVisible();
    await expect(page.getByTestId("action-bubble")).toHaveCount(3);
    await expect(page.getByRole("button", { name: /^Add action to/ })).toHaveCount(0);
  });
});
