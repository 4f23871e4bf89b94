// Deleting a status or a pipeline that tickets use (SPEC §1 "asks where to move them"), in
// Chromium, on pipelines and a ticket of the spec's own.
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { captureToTmp } from "./support/screenshots-to-tmp";
import { createPipeline, row } from "./support/statuses";

test.describe("as a super admin, with tickets in the way", () => {
  test.use({ storageState: storageStateOf("superadmin") });

  test("deleting a status or a pipeline that tickets use asks where they go, and moves them", async ({
    page,
  }, testInfo) => {
    const tag = Date.now().toString(36);
    const keeper = `E2E Keeper ${tag}`;
    await createPipeline(page, keeper);
    const doomedId = await createPipeline(page, `E2E Doomed ${tag}`);
    await page.goto(`/tickets/new?pipelineId=${doomedId}`);
    await page.getByLabel("Subject").fill(`Moved around ${tag}`);
    await page.getByRole("button", { name: "Create ticket" }).click();
    await expect(page).toHaveURL(/\/tickets\/(?!new)[^/]+$/);
    const ticketUrl = page.url();

    await page.goto(`/settings/objects/tickets/pipelines/${doomedId}/statuses`);
    await expect(row(page, "New")).toContainText("1 ticket");
    await row(page, "New").getByTestId("status-menu").click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    const dialog = page.getByTestId("delete-status-dialog");
    await expect(dialog).toContainText("1 ticket uses this status");
    await dialog.getByTestId("confirm-delete").click();
    await expect(dialog.getByText("Choose where the tickets go.")).toBeVisible();
    await dialog.getByTestId("move-to-status").click();
    await page.getByRole("option", { name: "Waiting on us" }).click();
    await captureToTmp(page, testInfo, "admin-delete-status-move");
    await dialog.getByTestId("confirm-delete").click();
    await expect(row(page, "New")).toHaveCount(0);
    await page.reload();
    await expect(row(page, "Waiting on us")).toContainText("1 ticket");

    await page.getByTestId("delete-pipeline").click();
    const pipelineDialog = page.getByTestId("delete-pipeline-dialog");
    await expect(pipelineDialog).toContainText("1 ticket uses this pipeline");
    await pipelineDialog.getByTestId("move-to-status").click();
    await page.getByRole("group", { name: keeper }).getByRole("option", { name: "Waiting on contact" }).click();
    await expect(pipelineDialog.getByTestId("move-to-status")).toHaveText(`${keeper}: Waiting on contact`);
    await pipelineDialog.getByTestId("confirm-delete").click();
    await expect(page).toHaveURL(/\/automate$/);

    await page.goto(ticketUrl);
    await expect(page.getByText(`because status "New" was deleted by Sam Super`)).toBeVisible();
    await expect(page.getByText(`because pipeline "E2E Doomed ${tag}" was deleted by Sam Super`)).toBeVisible();
  });
});
