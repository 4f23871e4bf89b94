// Issue 13 §3: agents never see where a webhook points (its URL often carries a token) nor its
// secret: not in the automation document (API and export), the Automate tab's lanes, the
// workflow editor, the History drawer, a revision, the ticket timeline; admins see the URL.
// Each reader is called as the agent the way its page or handler calls it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as getAutomation } from "@/app/api/v1/pipelines/[id]/automation/route";
import { GET as getTimeline } from "@/app/api/v1/tickets/[id]/timeline/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { addStatusActionAction, updateStatusActionAction } from "@/lib/automate/status-action-actions";
import { getRevisionAction } from "@/lib/automate/workflow-editor-actions";
import { exportAutomationAction } from "@/lib/automate/settings-actions";
import { loadActiveUser } from "@/lib/auth/current-user";
import { listChanges } from "@/lib/history/list-changes";
import { pipelineScope } from "@/lib/history/record-change";
import { getAutomateView } from "@/lib/automate/automate-view";
import { getWorkflowEditorView } from "@/lib/workflows/editor/editor-view";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { callApi } from "../support/api";
import { aTicket } from "../support/engine-fixtures";
import { actAs, userIdOf } from "../support/users";
import { expectFailure, expectOk, lane } from "../support/status-actions";
import { drain, enroll, useCaptureMail } from "./workflow-run-fixtures";
import { addFirst, newWorkflow, revisionsOf } from "./workflow-editor-fixtures";

const TOKEN = "T0KEN-4c1d-s3cr3t";
const hook = (path: string): TAction => ({
  type: "webhook",
  url: `https://hooks.example/${path}?key=${TOKEN}`,
  method: "POST",
});

let pipelineId: string;
let workflowId: string;
let agentKey: string;
let adminKey: string;
const agent = async () => (await loadActiveUser(await userIdOf("AGENT")))!;
const admin = async () => (await loadActiveUser(await userIdOf("ACCOUNT_ADMIN")))!;

/** Nothing that names where the webhook points or how it signs. */
function expectNoWebhookDetail(value: unknown) {
  const text = JSON.stringify(value);
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain("hooks.example");
  expect(text).not.toContain("secretId");
  expect(text).not.toMatch(/whsec_|whs_/);
}

beforeAll(async () => {
  useCaptureMail();
  await actAs("SUPER_ADMIN");
  const declined = await lane("Declined");
  pipelineId = declined.pipelineId;
  const added = expectOk(
    await addStatusActionAction({ ...declined, expectedVersion: declined.version, action: hook("lane") }),
  );
  // An edit, so History holds the URL before and after.
  const after = await lane("Declined");
  expectOk(
    await updateStatusActionAction({ actionId: added.actionId, expectedVersion: after.version, action: hook("lane2") }),
  );
  ({ workflowId } = await newWorkflow("Investigating"));
  expectOk(await addFirst(workflowId, hook("editor")));
  agentKey = (await createApiKey({ name: "Agent reader" }, await userIdOf("AGENT"))).key;
  adminKey = (await createApiKey({ name: "Admin reader" }, await userIdOf("ACCOUNT_ADMIN"))).key;
});

describe("as an agent", () => {
  it("GET /api/v1/pipelines/:id/automation has each webhook's method only", async () => {
    const answer = await callApi(getAutomation, {
      path: `/api/v1/pipelines/${pipelineId}/automation`,
      params: { id: pipelineId },
      key: agentKey,
    });
    expect(answer.status).toBe(200);
    const declined = (await lane("Declined")).statusId;
    expect(answer.body.statusActions[declined]).toContainEqual({ type: "webhook", method: "POST" });
    expectNoWebhookDetail(answer.body);
  });

  it("the export is refused", async () => {
    await actAs("AGENT");
    expectFailure(await exportAutomationAction({ pipelineId }), "FORBIDDEN", 403);
  });

  it("the Automate tab's lanes, the History drawer and the workflow editor leave the URL out", async () => {
    const viewer = await agent();
    const view = await getAutomateView(pipelineId, viewer);
    expect(JSON.stringify(view)).toContain('"type":"WEBHOOK"');
    expectNoWebhookDetail(view);
    const history = await listChanges(pipelineScope(pipelineId), viewer);
    expect(history.some((row) => JSON.stringify(row.after).includes("webhook"))).toBe(true);
    expectNoWebhookDetail(history);
    expectNoWebhookDetail(await getWorkflowEditorView(workflowId, viewer));
  });

  it("a revision reads as 'Send webhook (POST)'", async () => {
    await actAs("AGENT");
    const [latest] = (await revisionsOf(workflowId)).slice(-1);
    const revision = expectOk(await getRevisionAction({ revisionId: latest!.id }));
    expect(revision.actions.map((a) => a.text)).toContain("Send webhook (POST)");
    expectNoWebhookDetail(revision);
  });

  it("the ticket timeline says the webhook failed, not where or why", async () => {
    const ticket = await aTicket("New", { subject: "Timeline reader" });
    await db.workflow.update({ where: { id: workflowId }, data: { enabled: true } });
    const enrollmentId = await enroll(ticket.id, workflowId);
    await drain({ maxRounds: 3 });
    const answer = await callApi(getTimeline, {
      path: `/api/v1/tickets/${ticket.id}/timeline`,
      params: { id: ticket.id },
      key: agentKey,
    });
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).toContain("Webhook failed");
    expectNoWebhookDetail(answer.body);
    const job = await db.job.findFirstOrThrow({ where: { enrollmentId } });
    expect(job.lastError).toContain(TOKEN); // the admin's detail, Settings > Jobs
  });
});

describe("as an admin", () => {
  it("the document, the lanes and History show the URL (never a secret)", async () => {
    const answer = await callApi(getAutomation, {
      path: `/api/v1/pipelines/${pipelineId}/automation`,
      params: { id: pipelineId },
      key: adminKey,
    });
    expect(JSON.stringify(answer.body)).toContain(TOKEN);
    expect(JSON.stringify(answer.body)).not.toContain("whsec_");
    const viewer = await admin();
    expect(JSON.stringify(await getAutomateView(pipelineId, viewer))).toContain(TOKEN);
    expect(JSON.stringify(await listChanges(pipelineScope(pipelineId), viewer))).toContain(TOKEN);
    expect(JSON.stringify(await getWorkflowEditorView(workflowId, viewer))).toContain(TOKEN);
  });
});
