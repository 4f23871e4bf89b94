// An admin-turned-attacker (or a stolen admin session) pointing a workflow webhook at internal
// addresses: without TICKETFLOW_WEBHOOK_ALLOWED_HOSTS every non-public target is refused when
// the webhook is sent (no request leaves, no retry), the timeline agents read says only that the
// address is not allowed (no URL, no address, no socket error: no port scanner), and the admin's
// detail (Job.lastError, Settings > Jobs) says which address and why.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { aTicket } from "../support/engine-fixtures";
import { aWorkflow, drain, enroll, stepEntries, useCaptureMail } from "./workflow-run-fixtures";

let server: http.Server;
let port: number;
let hits = 0;
beforeAll(async () => {
  useCaptureMail();
  process.env.EVENTS_SECRET = "attacker-webhook-secret";
  delete process.env.TICKETFLOW_WEBHOOK_ALLOWED_HOSTS;
  resetEnvForTests();
  server = http.createServer((_req, res) => {
    hits++;
    res.end("internal secret");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  delete process.env.EVENTS_SECRET;
  resetEnvForTests();
});

it.each([
  ["http://127.0.0.1:PORT/", "127.0.0.1, a loopback address"],
  ["http://localhost:PORT/", "localhost resolves to"],
  ["http://0x7f000001:PORT/", "127.0.0.1, a loopback address"],
  ["http://2130706433:PORT/", "127.0.0.1, a loopback address"],
  ["http://[::1]:PORT/", "::1, a loopback address"],
  ["http://[::ffff:127.0.0.1]:PORT/", "a loopback address"],
  ["http://169.254.169.254/latest/meta-data/", "169.254.169.254, a linkLocal address"],
  ["http://[fd00:ec2::254]/", "a uniqueLocal address"],
  ["http://metadata.google.internal/computeMetadata/v1/", "cloud metadata service"],
  ["http://10.0.0.1:8080/", "a private address"],
])("refuses %s once, sending nothing, and tells agents only that it is not allowed", async (form, why) => {
  const url = form.replace("PORT", String(port));
  const ticket = await aTicket("New", { subject: "Probe" });
  const action: TAction = { type: "webhook", url, method: "POST" };
  const workflow = await aWorkflow([{ action }]);
  const enrollmentId = await enroll(ticket.id, workflow.id);
  hits = 0;
  await drain();
  expect(hits).toBe(0);
  const job = await db.job.findFirstOrThrow({ where: { enrollmentId } });
  expect(job).toMatchObject({ state: "FAILED", attempts: 1 });
  expect(job.lastError).toContain(why);
  const [entry] = await stepEntries(ticket.id);
  expect(entry!.summary).toBe(
    "Action failed (attempt 1 of 5): The webhook's address is not allowed; an admin can see why. Not retried.",
  );
  const agentVisible = JSON.stringify(entry);
  for (const leak of [url, String(port), "127.0.0.1", "ECONNREFUSED", "loopback", "169.254"])
    expect(agentVisible).not.toContain(leak);
});
