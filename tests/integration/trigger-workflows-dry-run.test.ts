// The dry run (POST /api/v1/tickets/:id/dry-run and the ticket record's Test automation panel)
// shows the custom workflows an email from the ticket record or a customer reply would enrol,
// and writes nothing.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { testAutomationAction } from "@/lib/automate/test-automation-action";
import { POST } from "@/app/api/v1/tickets/[id]/dry-run/route";
import { callApi } from "../support/api";
import { aTicket, rowCounts } from "../support/engine-fixtures";
import { actAs } from "../support/users";
import { aTriggerWorkflow, removeTriggerWorkflows } from "./trigger-workflow-fixtures";

beforeAll(async () => {
  await actAs("AGENT");
});
afterEach(() => removeTriggerWorkflows());

async function dryRun(ticketId: string, event: unknown) {
  const before = await rowCounts();
  const result = await callApi(POST, {
    path: `/api/v1/tickets/${ticketId}/dry-run`,
    params: { id: ticketId },
    method: "POST",
    body: { event },
  });
  expect(await rowCounts()).toEqual(before);
  expect(result.status).toBe(200);
  return result.body as {
    wouldRun: { workflowId: string; trigger: string; statusId: string | null; actions: { description: string }[] }[];
  };
}

describe("dry run of the workflow triggers", () => {
  it("an email from the ticket record would enrol the email-sent workflow; one from the contact record would not", async () => {
    const workflow = await aTriggerWorkflow("EMAIL_SENT_FROM_TICKET");
    const ticket = await aTicket("New");
    const fromTicket = await dryRun(ticket.id, { type: "email.sent", data: { sentFrom: "ticket" } });
    expect(fromTicket.wouldRun).toContainEqual({
      workflowId: workflow.id,
      workflowName: workflow.name,
      trigger: "EMAIL_SENT_FROM_TICKET",
      statusId: null,
      actions: [expect.objectContaining({ type: "SEND_INTERNAL_EMAIL" })],
    });
    const fromContact = await dryRun(ticket.id, { type: "email.sent", data: { sentFrom: "contact" } });
    expect(fromContact.wouldRun.map((w) => w.workflowId)).not.toContain(workflow.id);
  });

  it("a customer reply would enrol the customer-reply workflow, a forwarded email would not (Test automation panel)", async () => {
    const workflow = await aTriggerWorkflow("CUSTOMER_REPLY");
    const ticket = await aTicket("Waiting on contact");
    expect((await dryRun(ticket.id, { type: "message.received" })).wouldRun.map((w) => w.workflowId)).toContain(
      workflow.id,
    );
    const panel = await testAutomationAction({ ticketId: ticket.id, event: { type: "message.received", data: {} } });
    expect(panel.ok && panel.data.ok && panel.data.wouldRun.map((w) => w.workflowName)).toContain(workflow.name);
    const forwarded = await testAutomationAction({
      ticketId: ticket.id,
      event: { type: "message.received", data: { forwarded: true } },
    });
    expect(forwarded.ok && forwarded.data.ok && forwarded.data.wouldRun.map((w) => w.workflowName)).toEqual([]);
  });
});
