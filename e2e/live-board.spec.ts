// Issue 15 item 6: an open board and an open ticket record show another user's change without a
// reload. The change comes from elsewhere (the public API, as another agent's tool would make it).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { card, column, createTicket, openBoard, screenshots, uniqueSubject } from "./ticket-fixtures";

test.use({ storageState: storageStateOf("agent") });

const api = { headers: { Authorization: `Bearer ${process.env.E2E_API_KEY}` } };

async function changeTicket(request: APIRequestContext, id: string, change: Record<string, string>) {
  const ticket = (await (await request.get(`/api/v1/tickets/${id}`, api)).json()) as {
    version: number;
    pipelineId: string;
  };
  const pipelines = (await (await request.get("/api/v1/pipelines", api)).json()) as {
    id: string;
    statuses: { id: string; label: string }[];
  }[];
  const statuses = pipelines.find((p) => p.id === ticket.pipelineId)!.statuses;
  const data = { ...change, version: ticket.version };
  if (change.status) Object.assign(data, { statusId: statuses.find((s) => s.label === change.status)!.id });
  delete (data as Record<string, unknown>).status;
  const response = await request.patch(`/api/v1/tickets/${id}`, { ...api, data });
  expect(response.ok()).toBe(true);
}

test("a ticket moved elsewhere moves on an open board, without a reload", async ({ page, request }, testInfo) => {
  const subject = uniqueSubject("Live board");
  const ticketId = await createTicket(page, { pipeline: "Support Pipeline", subject });
  await openBoard(page, "Support Pipeline", subject);
  await expect(card(page, subject)).toBeVisible();
  await expect(column(page, "New").getByTestId("ticket-card").filter({ hasText: subject })).toBeVisible();
  // Mark the page: a reload would lose it.
  await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));

  await changeTicket(request, ticketId, { status: "Waiting on us" });
  await expect(column(page, "Waiting on us").getByTestId("ticket-card").filter({ hasText: subject })).toBeVisible();
  await expect(column(page, "New").getByTestId("ticket-card").filter({ hasText: subject })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true);
  await screenshots(page, testInfo, "live-board");
});

test("a ticket record shows a change made elsewhere, and keeps what the agent is typing", async ({ page, request }) => {
  const subject = uniqueSubject("Live record");
  const contactEmail = `${subject.replace(/\W+/g, ".").toLowerCase()}@customer.example`;
  const ticketId = await createTicket(page, { pipeline: "Support Pipeline", subject, contactEmail });
  const composer = page.getByTestId("email-composer");
  await composer.getByLabel("Message").fill("Half-written reply");
  await changeTicket(request, ticketId, { priority: "URGENT" });
  await expect(page.getByTestId("ticket-priority")).toHaveText("Urgent");
  await changeTicket(request, ticketId, { status: "Waiting on us" });
  await expect(page.getByTestId("record-status")).toHaveText("Waiting on us");
  await expect(composer.getByLabel("Message")).toHaveValue("Half-written reply");
});
