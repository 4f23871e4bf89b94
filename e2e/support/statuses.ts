// The Ticket statuses tab, as the admin specs read and drive it.
import { expect, type Page } from "@playwright/test";

export const labels = (page: Page) => page.getByTestId("status-label").allTextContents();

export const row = (page: Page, label: string) =>
  page.getByTestId("status-row").filter({ has: page.getByTestId("status-label").getByText(label, { exact: true }) });

/** Creates a pipeline through the UI and returns its id (the page is left on its statuses tab). */
export async function createPipeline(page: Page, name: string): Promise<string> {
  await page.goto("/settings/objects/tickets/pipelines");
  await page.getByTestId("create-pipeline").click();
  await page.getByTestId("create-pipeline-dialog").getByLabel("Pipeline name").fill(name);
  await page.getByTestId("create-pipeline-dialog").getByRole("button", { name: "Create pipeline" }).click();
  await expect(page.getByTestId("pipeline-picker")).toHaveText(name);
  return page.url().split("/pipelines/")[1]!.split("/")[0]!;
}
