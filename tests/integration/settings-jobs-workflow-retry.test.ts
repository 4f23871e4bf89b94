// "Retry now" on a FAILED workflow step (a webhook answered 400): the enrolment that its failure
// ended is reopened at that step, so the retried job really delivers and the workflow goes on;
// refused when the ticket was enrolled in the workflow again since.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { retryJobAction } from "@/lib/jobs/actions";
import { aTicket } from "../support/engine-fixtures";
import { actAs } from "../support/users";
import { aWorkflow, drain, enroll, enrollmentRow, useCaptureMail } from "./workflow-run-fixtures";

let status = 400;
let hits = 0;
let server: http.Server;
let url: string;

beforeAll(async () => {
  useCaptureMail();
  process.env.EVENTS_SECRET = "whsec_jobs_retry";
  process.env.TICKETFLOW_WEBHOOK_ALLOWED_HOSTS = "127.0.0.1"; // as an admin lists an internal receiver
  resetEnvForTests();
  server = http.createServer((req, res) => {
    hits++;
    req.resume();
    req.on("end", () => res.writeHead(status).end("{}"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  delete process.env.EVENTS_SECRET;
  delete process.env.TICKETFLOW_WEBHOOK_ALLOWED_HOSTS;
  resetEnvForTests();
});

const task: TAction = { type: "create_task", title: "after the webhook", notes: "", assignTo: "owner" };

async function failedStep() {
  status = 400;
  hits = 0;
  const ticket = await aTicket("New", { subject: "Retry a step" });
  const workflow = await aWorkflow([{ action: { type: "webhook", url, method: "POST" } }, { action: task }]);
  const enrollmentId = await enroll(ticket.id, workflow.id);
  await drain();
  expect(hits).toBe(1);
  expect(await enrollmentRow(enrollmentId)).toMatchObject({ state: "FAILED" });
  const job = await db.job.findFirstOrThrow({ where: { enrollmentId, state: "FAILED" }, select: { id: true } });
  return { ticket, workflow, enrollmentId, jobId: job.id };
}

describe("retrying a failed workflow step", () => {
  it("reopens the enrolment: the webhook is delivered once more and the workflow completes", async () => {
    const { ticket, enrollmentId, jobId } = await failedStep();
    status = 200;
    await actAs("SUPER_ADMIN");
    expect(await retryJobAction({ jobId })).toMatchObject({ ok: true });
    await drain();
    expect(hits).toBe(2);
    expect(await enrollmentRow(enrollmentId)).toMatchObject({ state: "COMPLETED" });
    expect(await db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ state: "SUCCEEDED", attempts: 1 });
    expect(await db.task.count({ where: { ticketId: ticket.id, title: "after the webhook" } })).toBe(1);
  });

  it("is refused when the ticket was enrolled in the workflow again since, and nothing changes", async () => {
    const { ticket, workflow, enrollmentId, jobId } = await failedStep();
    await enroll(ticket.id, workflow.id);
    await actAs("ACCOUNT_ADMIN");
    expect(await retryJobAction({ jobId })).toMatchObject({ ok: false, error: { code: "CONFLICT", status: 409 } });
    expect(await enrollmentRow(enrollmentId)).toMatchObject({ state: "FAILED" });
    expect(await db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ state: "FAILED" });
    expect(await db.timelineEntry.count({ where: { ticketId: ticket.id, kind: "job_retried" } })).toBe(0);
  });
});
