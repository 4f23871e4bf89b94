// Settings > Objects > Tickets > Pipelines (SPEC §1) in Chromium: a super admin creates, edits and
// deletes a pipeline of their own (the seeded ones stay as other specs expect them); an agent
// sees the statuses read-only.
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { untilArrowsHeard } from "./support/dnd-keyboard";
import { captureToTmp } from "./support/screenshots-to-tmp";
import { createPipeline, labels, row } from "./support/statuses";

test.describe("as a super admin", () => {
  test.use({ storageState: storageStateOf("superadmin") });

  test("creates a pipeline, edits its statuses (reordering by keyboard) and deletes it; every change survives a reload", async ({
    page,
  }, testInfo) => {
    const name = `E2E Returns ${Date.now().toString(36)}`;
    await page.goto("/settings/objects/tickets/pipelines");
    await page.getByTestId("create-pipeline").click();
    await page.getByTestId("create-pipeline-dialog").getByLabel("Pipeline name").fill(name);
    await page.getByTestId("create-pipeline-dialog").getByRole("button", { name: "Create pipeline" }).click();
    await expect(page).toHaveURL(/\/pipelines\/[^/]+\/statuses$/);
    await expect(page.getByTestId("pipeline-picker")).toHaveText(name);
    await expect.poll(() => labels(page)).toEqual(["New", "Waiting on contact", "Waiting on us", "Closed"]);

    await page.getByTestId("rename-pipeline").click();
    await page.getByTestId("rename-pipeline-dialog").getByLabel("Pipeline name").fill(`${name} (renamed)`);
    await page.getByTestId("rename-pipeline-dialog").getByRole("button", { name: "Rename" }).click();
    await expect(page.getByTestId("pipeline-picker")).toHaveText(`${name} (renamed)`);

    await page.getByTestId("new-status-label").fill("Escalated");
    await page.getByTestId("add-status").click();
    await expect(row(page, "Escalated")).toBeVisible();

    // Keyboard reorder 1: the drag handle (Space, Up arrow, Space), each key once the screen reader
    // has been told what the last one did (dnd-kit's live region), as a person hears it.
    await row(page, "Escalated").getByTestId("status-drag-handle").focus();
    await page.keyboard.press("Space");
    await expect(
      page.getByText(/^(Picked up Escalated, position 5|Escalated moved to position 5) of 5\.$/),
    ).toBeAttached();
    await untilArrowsHeard(page);
    await page.keyboard.press("ArrowUp");
    await expect(page.getByText("Escalated moved to position 4 of 5.")).toBeAttached();
    await page.keyboard.press("Space");
    await expect
      .poll(() => labels(page))
      .toEqual(["New", "Waiting on contact", "Waiting on us", "Escalated", "Closed"]);
    await expect(page.getByText("Status order saved.")).toBeVisible();
    // Keyboard reorder 2: the row menu's "Move down".
    await row(page, "New").getByTestId("status-menu").focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menuitem", { name: "Move down" }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => labels(page))
      .toEqual(["Waiting on contact", "New", "Waiting on us", "Escalated", "Closed"]);

    await row(page, "Waiting on us").getByTestId("status-state").click();
    await page.getByRole("option", { name: "Closed" }).click();
    await expect(page.getByText('"Waiting on us" is now closed.')).toBeVisible();

    await row(page, "Escalated").getByTestId("status-menu").click();
    await page.getByRole("menuitem", { name: "Rename" }).click();
    await page.getByTestId("rename-status-dialog").getByLabel("Status name").fill("Escalated to L2");
    await page.getByTestId("rename-status-dialog").getByRole("button", { name: "Rename" }).click();
    await expect(row(page, "Escalated to L2")).toBeVisible();

    await page.reload();
    await expect(page.getByTestId("pipeline-picker")).toHaveText(`${name} (renamed)`);
    await expect
      .poll(() => labels(page))
      .toEqual(["Waiting on contact", "New", "Waiting on us", "Escalated to L2", "Closed"]);
    await expect(row(page, "Waiting on us").getByTestId("status-state")).toHaveText("Closed");
    await captureToTmp(page, testInfo, "admin-statuses");

    await row(page, "Escalated to L2").getByTestId("status-menu").click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    await page.getByTestId("delete-status-dialog").getByTestId("confirm-delete").click();
    await expect(row(page, "Escalated to L2")).toHaveCount(0);
    await page.reload();
    await expect.poll(() => labels(page)).toEqual(["Waiting on contact", "New", "Waiting on us", "Closed"]);

    await page.getByTestId("delete-pipeline").click();
    await captureToTmp(page, testInfo, "admin-delete-pipeline");
    await page.getByTestId("delete-pipeline-dialog").getByTestId("confirm-delete").click();
    await expect(page).toHaveURL(/\/pipelines\/[^/]+\/automate$/);
    await page.getByTestId("pipeline-picker").click();
    await expect(page.getByRole("option", { name: `${name} (renamed)` })).toHaveCount(0);
  });

  test("refuses to close the last open status, with the reason; reorders by mouse drag", async ({ page }) => {
    const name = `E2E Single ${Date.now().toString(36)}`;
    await createPipeline(page, name);
    for (const label of ["New", "Waiting on contact"]) {
      await row(page, label).getByTestId("status-state").click();
      await page.getByRole("option", { name: "Closed" }).click();
      await expect(page.getByText(`"${label}" is now closed.`)).toBeVisible();
    }
    await row(page, "Waiting on us").getByTestId("status-state").click();
    await page.getByRole("option", { name: "Closed" }).click();
    await expect(page.getByText(/needs at least one open status/)).toBeVisible();
    await expect(row(page, "Waiting on us").getByTestId("status-state")).toHaveText("Open");

    // Drag with the mouse: "Waiting on us" by its handle to the top of the list.
    const handle = await row(page, "Waiting on us").getByTestId("status-drag-handle").boundingBox();
    const top = await row(page, "New").boundingBox();
    await page.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle!.x + handle!.width / 2, top!.y + 5, { steps: 12 });
    await page.mouse.up();
    await expect(page.getByText("Status order saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("status-label")).toHaveText(["Waiting on us", "New", "Waiting on contact", "Closed"]);

    await page.getByTestId("delete-pipeline").click();
    await page.getByTestId("delete-pipeline-dialog").getByTestId("confirm-delete").click();
    await expect(page).toHaveURL(/\/automate$/);
  });
});

test.describe("as an agent", () => {
  test.use({ storageState: storageStateOf("agent") });

  test("sees the statuses read-only, with the reason and no controls", async ({ page }, testInfo) => {
    await page.goto("/settings/objects/tickets/pipelines");
    await page.getByRole("link", { name: "Ticket statuses" }).click();
    await expect(page).toHaveURL(/\/statuses$/);
    await expect(page.getByTestId("status-label")).toHaveText(["New", "Waiting on contact", "Waiting on us", "Closed"]);
    await expect(page.getByTestId("readonly-reason")).toContainText("You can see the statuses but not change them.");
    for (const control of [
      "create-pipeline",
      "rename-pipeline",
      "delete-pipeline",
      "status-drag-handle",
      "status-menu",
      "status-state",
      "add-status",
    ]) {
      await expect(page.getByTestId(control)).toHaveCount(0);
    }
    await captureToTmp(page, testInfo, "agent-statuses");
  });
});
