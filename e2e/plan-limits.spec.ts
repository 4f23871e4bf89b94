// SPEC §6 in the browser: below Professional "View workflow" and "Open in Workflows" show locked
// with what unlocks them; on Starter (two pipelines seeded) "Create pipeline" is refused with why.
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { gotoAutomate, setPlan } from "./support/automate";
import { storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";

test.use({ storageState: storageStateOf("superadmin") });

test("Starter: the workflow editor links are locked and one more pipeline is refused, with the reasons", async ({
  page,
  request,
}, testInfo) => {
  await setPlan(page, "Starter");
  try {
    await gotoAutomate(page, "Support Pipeline");
    await expect(page.getByTestId("plan-lock-workflowEditor").first()).toContainText(
      "The workflow editor needs the Professional plan or above.",
    );
    await expect(page.getByRole("link", { name: /^View workflow:/ })).toHaveCount(2);
    await expect(
      page.getByRole("link", { name: "View workflow: An email is sent to a customer (locked)" }),
    ).toHaveAttribute("aria-disabled", "true");
    await expect(page.getByRole("link", { name: "Open in Workflows: Closed (locked)" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Open in Workflows: .*\(locked\)$/ })).toHaveCount(4);
    // The Closed lane's header reads "Closed" once.
    await expect(page.getByRole("region", { name: "Actions for Closed" }).getByRole("heading")).toHaveText("Closed");
    await captureBothWidths(page, testInfo, "plan-starter-automate");
    await expectNoSeriousAxeViolations(page);

    await expect(page.getByTestId("create-pipeline")).toBeDisabled();
    // Two are seeded; an earlier spec may have left one more (a downgrade keeps them all).
    const pipelines = await request.get("/api/v1/pipelines", {
      headers: { Authorization: `Bearer ${process.env.E2E_API_KEY}` },
    });
    const count = ((await pipelines.json()) as unknown[]).length;
    expect(count).toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId("plan-lock-pipelines")).toContainText(
      `The Starter plan includes 2 ticket pipelines; this account has ${count}. The Professional plan allows 15.`,
    );
    await captureBothWidths(page, testInfo, "plan-starter-pipelines");
  } finally {
    await setPlan(page, "Enterprise");
  }
});
