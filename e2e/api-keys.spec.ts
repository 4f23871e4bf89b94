import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { captureBothWidths } from "./support/screenshots";

test.describe("as an account admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("creates an API key, sees it once, uses it on the API, then revokes it", async ({ page, request }, testInfo) => {
    await page.goto("/settings/api-keys");
    await page.getByTestId("create-api-key").click();
    await page.getByLabel("Name").fill("E2E integration");
    await page.getByRole("button", { name: "Create key" }).click();
    const key = (await page.getByTestId("new-api-key-value").inputValue()).trim();
    expect(key).toMatch(/^tf_/);
    await captureBothWidths(page, testInfo, "api-key-created");

    const ok = await request.get("/api/v1/pipelines", { headers: { Authorization: `Bearer ${key}` } });
    expect(ok.status()).toBe(200);
    expect((await ok.json()).map((p: { name: string }) => p.name)).toContain("Support Pipeline");

    await page.keyboard.press("Escape");
    const row = page.getByTestId("api-key-row").filter({ hasText: "E2E integration" });
    await expect(row).toBeVisible();
    await expect(page.getByText(key)).toHaveCount(0); // shown once only
    await row.getByTestId("revoke-api-key").click();
    await page.getByTestId("confirm-revoke").click();
    await expect(row).toContainText("Revoked");

    const refused = await request.get("/api/v1/pipelines", { headers: { Authorization: `Bearer ${key}` } });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");
  });
});

test.describe("as an agent", () => {
  test.use({ storageState: storageStateOf("agent") });

  test("sees no key material and no way to create one", async ({ page }) => {
    await page.goto("/settings/api-keys");
    await expect(page.getByTestId("readonly-reason")).toBeVisible();
    await expect(page.getByTestId("create-api-key")).toHaveCount(0);
    await expect(page.getByTestId("api-keys-table")).toHaveCount(0);
  });
});
