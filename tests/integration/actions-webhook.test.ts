// SPEC §5 outgoing webhook against a local server on 127.0.0.1: signed with the webhook's own
// secret in the Standard Webhooks format (checked with the standardwebhooks library a receiver
// would use; no longer with EVENTS_SECRET); 2xx delivered; 429 with Retry-After rescheduled at that time; 5xx and network errors retried
// with the queue's backoff; other 4xx failed at once; every attempt visible on the timeline.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { Webhook } from "standardwebhooks";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { aTicket } from "../support/engine-fixtures";
import {
  advanceClock,
  aWorkflow,
  clock,
  drain,
  enroll,
  enrollmentRow,
  resetClock,
  stepEntries,
  useCaptureMail,
  webhookSecretOf,
} from "./workflow-run-fixtures";

const EVENTS_SECRET = "inbound-events-secret";
const FAILED = "Webhook failed; an admin can see why in Settings > Jobs.";
interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
let answers: { status: number; headers?: Record<string, string> }[] = [];
let server: http.Server;
let url: string;

beforeAll(async () => {
  useCaptureMail();
  process.env.EVENTS_SECRET = EVENTS_SECRET;
  process.env.TICKETFLOW_WEBHOOK_ALLOWED_HOSTS = "127.0.0.1"; // as an admin lists an internal receiver
  resetEnvForTests();
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      const answer = answers.shift() ?? { status: 200 };
      res.writeHead(answer.status, answer.headers).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/ticketflow`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  delete process.env.EVENTS_SECRET;
  delete process.env.TICKETFLOW_WEBHOOK_ALLOWED_HOSTS;
  resetEnvForTests();
});
beforeEach(() => {
  resetClock();
  received.length = 0;
  answers = [];
});

const hook = (target = url): TAction => ({ type: "webhook", url: target, method: "POST" });
const task: TAction = { type: "create_task", title: "after the webhook", notes: "", assignTo: "owner" };

async function start(...actions: TAction[]) {
  const ticket = await aTicket("New", { subject: "Webhook ticket" });
  const workflow = await aWorkflow(actions.map((action) => ({ action })));
  const enrollmentId = await enroll(ticket.id, workflow.id);
  return { ticket, workflow, enrollmentId };
}

describe("webhook", () => {
  it("POSTs the ticket as JSON, signed in the Standard Webhooks format with the webhook's own secret", async () => {
    const { ticket, workflow, enrollmentId } = await start(hook(), task);
    await drain();
    expect(received).toHaveLength(1);
    const [request] = received;
    const headers = request!.headers as Record<string, string>;
    const secret = await webhookSecretOf(workflow.id);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(Math.abs(Number(headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    expect(new Webhook(secret).verify(request!.body, headers)).toMatchObject({ event: "workflow.webhook" });
    // Another webhook's secret, a changed body, and the inbound EVENTS_SECRET do not verify.
    const otherSecret = await webhookSecretOf((await aWorkflow([{ action: hook() }])).id);
    expect(otherSecret).not.toBe(secret);
    expect(() => new Webhook(otherSecret).verify(request!.body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(request!.body.replace("Webhook ticket", "Forged"), headers)).toThrow();
    const eventsKey = `whsec_${Buffer.from(EVENTS_SECRET).toString("base64")}`;
    expect(() => new Webhook(eventsKey).verify(request!.body, headers)).toThrow();
    expect(headers).not.toHaveProperty("ticketflow-signature");
    const body = JSON.parse(request!.body);
    expect(body).toMatchObject({
      event: "workflow.webhook",
      workflow: { id: workflow.id },
      ticket: { id: ticket.id, subject: "Webhook ticket", statusId: expect.any(String) },
    });
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(headers["webhook-id"]).toBe(body.deliveryId);
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_sent",
      summary: "Webhook delivered: the receiver answered HTTP 200.",
    });
    expect(await enrollmentRow(enrollmentId)).toMatchObject({ state: "COMPLETED" });
  });

  it("reschedules a 429 at its Retry-After, then delivers the same delivery id", async () => {
    answers = [{ status: 429, headers: { "retry-after": "120" } }];
    const { ticket, enrollmentId } = await start(hook(), task);
    const start429 = clock.now;
    await drain();
    const job = await db.job.findFirstOrThrow({ where: { enrollmentId } });
    expect(job).toMatchObject({ state: "PENDING", attempts: 1, runAt: new Date(start429.getTime() + 120_000) });
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_retried",
      summary: expect.stringContaining("will be retried in 120 s (attempt 1 of 5)"),
    });

    clock.now = new Date(job.runAt.getTime() - 1_000);
    await drain({ maxRounds: 1 });
    expect(received).toHaveLength(1);
    clock.now = job.runAt;
    await drain();
    expect(received).toHaveLength(2);
    expect(received[1]!.headers["webhook-id"]).toBe(received[0]!.headers["webhook-id"]);
    expect((await stepEntries(ticket.id)).map((e) => e.kind)).toEqual([
      "action_retried",
      "action_sent",
      "action_done",
      "workflow_completed",
    ]);
  });

  it("retries a 500 with the queue's backoff, and fails visibly after the last attempt", async () => {
    answers = Array.from({ length: 5 }, () => ({ status: 500 }));
    const { ticket, enrollmentId } = await start(hook(), task);
    const runAts: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      await drain();
      const job = await db.job.findFirstOrThrow({ where: { enrollmentId } });
      runAts.push(job.runAt.getTime() - job.updatedAt.getTime()); // the wait chosen when the attempt failed
      if (attempt < 5) clock.now = job.runAt;
    }
    expect(runAts.slice(0, 4)).toEqual([1_000, 2_000, 4_000, 8_000]); // base 1 s, doubling (no jitter in tests)
    expect(received).toHaveLength(5);
    const job = await db.job.findFirstOrThrow({ where: { enrollmentId } });
    expect(job).toMatchObject({ state: "FAILED", attempts: 5 });
    expect(job.lastError).toContain(`POST ${url} answered HTTP 500`); // the admin's detail (Settings > Jobs)
    const entries = await stepEntries(ticket.id);
    expect(entries.map((e) => e.kind)).toEqual([
      "action_retried",
      "action_retried",
      "action_retried",
      "action_retried",
      "action_failed",
    ]);
    expect(
      await db.timelineEntry.count({ where: { ticketId: ticket.id, kind: { in: ["action_failed", "job_failed"] } } }),
    ).toBe(1);
    expect(entries[4]).toMatchObject({
      summary: `Action failed (attempt 5 of 5): ${FAILED}`,
      detail: { error: FAILED },
    });
    expect(await enrollmentRow(enrollmentId)).toMatchObject({ state: "FAILED" });
    expect(await db.task.count({ where: { ticketId: ticket.id } })).toBe(0);
  });

  it("fails a 400 at once, without retrying, and runs nothing after it", async () => {
    answers = [{ status: 400 }];
    const { ticket, enrollmentId } = await start(hook(), task);
    await drain();
    advanceClock(3_600_000);
    await drain();
    expect(received).toHaveLength(1);
    expect(await db.job.findFirstOrThrow({ where: { enrollmentId } })).toMatchObject({ state: "FAILED", attempts: 1 });
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_failed",
      summary: `Action failed (attempt 1 of 5): ${FAILED}`,
    });
    // one failure, one line: the action's own, not also the queue's generic "job_failed"
    expect(
      await db.timelineEntry.count({ where: { ticketId: ticket.id, kind: { in: ["action_failed", "job_failed"] } } }),
    ).toBe(1);
    expect(await db.task.count({ where: { ticketId: ticket.id } })).toBe(0);
  });

  it("retries when the receiver cannot be reached, and delivers once it answers", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/gone`;
    await new Promise((resolve) => closed.close(resolve));
    const { ticket, enrollmentId } = await start(hook(deadUrl));
    await drain();
    expect(await db.job.findFirstOrThrow({ where: { enrollmentId } })).toMatchObject({ state: "PENDING", attempts: 1 });
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_retried",
      summary: `Action will be retried (attempt 1 of 5): ${FAILED}`,
    });
  });

  it("fails permanently when the webhook has no signing secret, whatever EVENTS_SECRET is", async () => {
    const { ticket, workflow, enrollmentId } = await start(hook());
    await db.workflowAction.updateMany({
      where: { workflowId: workflow.id },
      data: { config: { url, method: "POST" } },
    });
    await drain();
    expect(received).toHaveLength(0);
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_failed",
      summary: expect.stringContaining(FAILED),
    });
    expect((await db.job.findFirstOrThrow({ where: { enrollmentId } })).lastError).toContain("has no signing secret");
  });
});
