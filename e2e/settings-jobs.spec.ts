// Settings > Jobs end to end: a status action's webhook to a receiver that answers 400 fails for
// real (a 4xx is not retried), the super admin sees it failed and retries it once the receiver
// answers 200; an agent gets no link and is refused on the page.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";
import { createPipeline } from "./support/statuses";
import { createTicket, uniqueSubject, type PipelineName } from "./ticket-fixtures";

test.describe("as a super admin", () => {
  test.use({ storageState: storageStateOf("superadmin") });

  test("sees a webhook that failed and retries it: it runs once more and is delivered", async ({ page }, testInfo) => {
    let status = 400;
    let hits = 0;
    const receiver = http.createServer((req, res) => {
      hits++;
      req.resume();
      res.statusCode = status;
      res.end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const port = (receiver.address() as AddressInfo).port;
    try {
      const pipeline = `Jobs ${Date.now().toString(36)}`;
      const pipelineId = await createPipeline(page, pipeline);
      await page.goto(`/settings/objects/tickets/pipelines/${pipelineId}/automate`);
      const lane = page.getByRole("region", { name: "Actions for Waiting on us" });
      await lane.getByRole("button", { name: "Add action to Waiting on us" }).click();
      await page.getByRole("menuitem", { name: "Send webhook", exact: true }).click();
      const sheet = page.getByTestId("action-sheet");
      await sheet.getByRole("textbox", { name: "Webhook URL", exact: true }).fill(`http://127.0.0.1:${port}/hook`);
      await sheet.getByRole("button", { name: "Add action", exact: true }).click();
      await expect(page.getByText("Action added.").first()).toBeVisible();
      // The new webhook's signing secret is shown once.
      await page.getByTestId("webhook-secret-dialog").getByRole("button", { name: "Done" }).click();

      const subject = uniqueSubject("Webhook refused");
      await createTicket(page, { pipeline: pipeline as PipelineName, status: "Waiting on us", subject });
      await expect.poll(() => hits, { timeout: 15_000 }).toBe(1);

      const row = page.getByTestId("job-row").filter({ has: page.getByRole("link", { name: subject }) });
      await expect(async () => {
        await page.goto("/settings/jobs?state=failed");
        await expect(row).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 15_000 });
      await expect(row.getByTestId("job-error")).toContainText("answered HTTP 400");
      await captureBothWidths(page, testInfo, "settings-jobs-failed");

      status = 200;
      await row.getByRole("button", { name: /^Retry now/ }).click();
      await expect(page.getByText("Job queued to run again.").first()).toBeVisible();
      await expect.poll(() => hits, { timeout: 15_000 }).toBe(2);
      await expect(async () => {
        await page.reload();
        await expect(row).toHaveCount(0, { timeout: 2_000 });
      }).toPass({ timeout: 15_000 });
      expect(hits).toBe(2);

      await page.getByRole("link", { name: "Failed or retrying" }).click();
      await expect(page).toHaveURL(/\/settings\/jobs$/);
      await captureBothWidths(page, testInfo, "settings-jobs-after-retry");
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

test.describe("as an agent", () => {
  test.use({ storageState: storageStateOf("agent") });

  test("has no Jobs link and is refused on the page", async ({ page }) => {
    await page.goto("/settings/outbox");
    const nav = page.getByRole("navigation", { name: "Settings" });
    await expect(nav.getByRole("link", { name: "Outbox" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Jobs" })).toHaveCount(0);
    await page.goto("/settings/jobs");
    await expect(page.getByTestId("readonly-reason")).toContainText("can’t see the Jobs");
    await expect(page.getByTestId("jobs-table")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Retry now/ })).toHaveCount(0);
  });
});
