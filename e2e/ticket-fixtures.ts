// Shared steps of the board, ticket record and contact record specs: a ticket made through the
// New ticket form, the board filtered down to it, today in the account's zone, screenshots.
import fs from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";
import { captureBothWidths } from "./support/screenshots";

export type PipelineName = "Support Pipeline" | "Billing & Refunds";

export const uniqueSubject = (what: string) => `${what} ${Date.now().toString(36)}`;

/** The seeded account's time zone is Europe/Berlin: "today" for close dates is Berlin's. */
export const todayInBerlin = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

export async function pick(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option }).click();
}

/** Creates a ticket with the New ticket form and returns its id (the form opens its record). */
export async function createTicket(
  page: Page,
  input: { pipeline: PipelineName; status?: string; subject: string; contactEmail?: string },
): Promise<string> {
  await page.goto("/tickets");
  await page.getByRole("link", { name: "New ticket" }).click();
  await expect(page.getByRole("heading", { name: "New ticket" })).toBeVisible();
  await pick(page, "Pipeline", input.pipeline);
  if (input.status) await pick(page, "Status", input.status);
  await page.getByLabel("Subject").fill(input.subject);
  if (input.contactEmail) await page.getByLabel("Contact email").fill(input.contactEmail);
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(page).toHaveURL(/\/tickets\/[^/]+$/);
  // Level 1: the record's threads have headings too ("We received your request: <subject>").
  await expect(page.getByRole("heading", { name: input.subject, level: 1 })).toBeVisible();
  return page.url().split("/").at(-1)!;
}

export async function openBoard(page: Page, pipeline: PipelineName, search: string): Promise<void> {
  await page.goto("/tickets");
  if (pipeline !== "Support Pipeline") {
    await pick(page, "Pipeline", pipeline);
    await expect(page).toHaveURL(/pipelineId=/);
  }
  await page.getByRole("searchbox", { name: "Search tickets" }).fill(search);
  await expect(page).toHaveURL(/q=/);
}

export const column = (page: Page, label: string): Locator =>
  page.getByTestId("board-column").filter({ has: page.getByRole("heading", { name: label, exact: true }) });

export const card = (page: Page, subject: string): Locator =>
  page.getByTestId("ticket-card").filter({ hasText: subject });

/** Full-page screenshots at 1280×800 and 390×844, attached to the run and kept in .tmp/e2e-shots. */
export async function screenshots(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const before = testInfo.attachments.length;
  await captureBothWidths(page, testInfo, name);
  fs.mkdirSync(".tmp/e2e-shots", { recursive: true });
  for (const shot of testInfo.attachments.slice(before)) {
    if (shot.body) fs.writeFileSync(path.join(".tmp/e2e-shots", shot.name), shot.body);
  }
}
