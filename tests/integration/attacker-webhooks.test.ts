// An admin-turned-attacker (or a stolen admin session) pointing a workflow webhook at internal
// addresses: without TICKETFLOW_WEBHOOK_ALLOWED_HOSTS every non-public target is refused when
// the webhook is saved (a 400 beside the URL field, on the Automate tab, in the workflow editor
// and in an imported document; nothing stored) and again when it is sent (for one stored before,
// or a name that resolves elsewhere later: no request leaves, no retry), the timeline agents
// read says only "Webhook failed" (no URL, no address, no socket error: no port scanner), and
// the admin's detail (Job.lastError, Settings > Jobs) says which address and why.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { aTicket } from "../support/engine-fixtures";
import { aWorkflow, drain, enroll, stepEntries, useCaptureMail } from "./workflow-run-fixtures";
import { addStatusActionAction } from "@/lib/automate/status-action-actions";
import { exportAutomationAction, importAutomationAction } from "@/lib/automate/settings-actions";
import { webhookTargetIssues } from "@/lib/workflows/action-types/webhook/target-check";
import { actAs } from "../support/users";
import { chain, expectFailure, expectOk, lane } from "../support/status-actions";
import { addFirst, newWorkflow } from "./workflow-editor-fixtures";

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

const REFUSED = [
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
  ["http://172.16.5.4/", "a private address"],
  ["http://192.168.1.1/", "a private address"],
  ["http://100.64.0.1/", "a carrierGradeNat address"],
  ["http://[fe80::1]/", "a linkLocal address"],
  ["http://224.0.0.1/", "a multicast address"],
  ["http://0.0.0.0:PORT/", "an unspecified address"],
  ["http://[::]:PORT/", "an unspecified address"],
  ["http://017700000001:PORT/", "127.0.0.1, a loopback address"],
  ["http://127.1:PORT/", "127.0.0.1, a loopback address"],
];

describe("when sent", () => {
  it.each(REFUSED)(
    "refuses %s once, sending nothing, and tells agents only that it is not allowed",
    async (form, why) => {
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
        "Action failed (attempt 1 of 5): Webhook failed; an admin can see why in Settings > Jobs.",
      );
      const agentVisible = JSON.stringify(entry);
      for (const leak of [url, String(port), "127.0.0.1", "ECONNREFUSED", "loopback", "169.254"])
        expect(agentVisible).not.toContain(leak);
    },
  );
});

describe("when saved", () => {
  it.each(REFUSED)(
    "refuses %s on the Automate tab with a message beside the URL, storing nothing",
    async (form, why) => {
      await actAs("SUPER_ADMIN");
      const url = form.replace("PORT", String(port));
      const declined = await lane("Declined");
      const before = declined.workflowId ? (await chain(declined.workflowId)).length : 0;
      const error = expectFailure(
        await addStatusActionAction({
          ...declined,
          expectedVersion: declined.version,
          action: { type: "webhook", url, method: "POST" },
        }),
        "BAD_REQUEST",
        400,
      );
      expect(error.issues).toEqual([
        expect.objectContaining({ path: ["action", "url"], message: expect.stringContaining(why) }),
      ]);
      expect(declined.workflowId ? (await chain(declined.workflowId)).length : 0).toBe(before);
    },
  );

  it("refuses in the workflow editor and in an imported document, each at its path", async () => {
    await actAs("SUPER_ADMIN");
    const { workflowId } = await newWorkflow("Investigating");
    const action: TAction = { type: "webhook", url: "http://[::1]/", method: "POST" };
    const editor = expectFailure(await addFirst(workflowId, action), "BAD_REQUEST", 400);
    expect(editor.issues[0]).toMatchObject({ path: ["action", "url"], message: expect.stringContaining("loopback") });

    const declined = await lane("Declined");
    const doc = expectOk(await exportAutomationAction({ pipelineId: declined.pipelineId }));
    const imported = expectFailure(
      await importAutomationAction({
        pipelineId: declined.pipelineId,
        document: {
          ...doc,
          statusActions: {
            ...doc.statusActions,
            [declined.statusId]: [{ type: "webhook", url: "http://0x7f000001/", method: "POST" }],
          },
        },
      }),
      "BAD_REQUEST",
      400,
    );
    expect(imported.issues[0]).toMatchObject({ path: ["statusActions", declined.statusId, 0, "url"] });
  });

  it("refuses a name resolving to 127.0.0.1, accepts a public one, and leaves an unresolvable one to the send-time check", async () => {
    const at = (addresses: string[]) => async () =>
      addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    const issuesFor = (url: string, resolve: ReturnType<typeof at>) =>
      webhookTargetIssues([{ action: { type: "webhook", url, method: "POST" }, path: ["action"] }], resolve);
    expect(await issuesFor("https://rebind.example/", at(["93.184.215.14", "127.0.0.1"]))).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("rebind.example resolves to 127.0.0.1, a loopback address"),
      }),
    ]);
    expect(await issuesFor("https://hooks.example/", at(["93.184.215.14"]))).toEqual([]);
    const nowhere = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    expect(await issuesFor("https://not-yet.example/", nowhere)).toEqual([]);
    // The system resolver: localhost is 127.0.0.1 / ::1 from /etc/hosts.
    expect(
      await webhookTargetIssues([{ action: { type: "webhook", url: "http://localhost/", method: "POST" }, path: [] }]),
    ).toHaveLength(1);
  });

  it("accepts an internal receiver TICKETFLOW_WEBHOOK_ALLOWED_HOSTS lists, by address or name", async () => {
    process.env.TICKETFLOW_WEBHOOK_ALLOWED_HOSTS = "127.0.0.1, hooks.internal";
    resetEnvForTests();
    try {
      expect(
        await webhookTargetIssues([
          { action: { type: "webhook", url: `http://127.0.0.1:${port}/`, method: "POST" }, path: [] },
        ]),
      ).toEqual([]);
      expect(
        await webhookTargetIssues(
          [{ action: { type: "webhook", url: "http://hooks.internal/", method: "POST" }, path: [] }],
          async () => [{ address: "10.1.2.3", family: 4 }],
        ),
      ).toEqual([]);
      expect(
        await webhookTargetIssues([{ action: { type: "webhook", url: "http://[::1]/", method: "POST" }, path: [] }]),
      ).toHaveLength(1);
    } finally {
      delete process.env.TICKETFLOW_WEBHOOK_ALLOWED_HOSTS;
      resetEnvForTests();
    }
  });
});

describe("an allowed receiver that answers with 300 MB, or a redirect inward", () => {
  it("is read for 64 KiB at most, the rest never downloaded, and its redirect never followed", async () => {
    process.env.TICKETFLOW_WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
    resetEnvForTests();
    let written = 0;
    const chunk = Buffer.alloc(64 * 1024, "x");
    const flood = http.createServer((req, res) => {
      if (req.url === "/moved") {
        res.writeHead(307, { location: `http://127.0.0.1:${port}/internal` }).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/plain" });
      const pump = () => {
        while (written < 300 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    });
    await new Promise<void>((resolve) => flood.listen(0, "127.0.0.1", resolve));
    const floodPort = (flood.address() as AddressInfo).port;
    try {
      const ticket = await aTicket("New", { subject: "Flood" });
      const workflow = await aWorkflow([
        { action: { type: "webhook", url: `http://127.0.0.1:${floodPort}/`, method: "POST" } },
      ]);
      const enrollmentId = await enroll(ticket.id, workflow.id);
      const rssBefore = process.memoryUsage().rss;
      await drain();
      expect((await stepEntries(ticket.id))[0]).toMatchObject({ kind: "action_sent" });
      expect(await db.job.findFirstOrThrow({ where: { enrollmentId } })).toMatchObject({ state: "SUCCEEDED" });
      expect(written).toBeLessThan(16 * 1024 * 1024); // of 300 MB offered
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);

      hits = 0;
      const moved = await aWorkflow([
        { action: { type: "webhook", url: `http://127.0.0.1:${floodPort}/moved`, method: "POST" } },
      ]);
      const movedTicket = await aTicket("New", { subject: "Redirected" });
      const movedEnrollment = await enroll(movedTicket.id, moved.id);
      await drain();
      expect(hits).toBe(0); // the internal server behind the redirect was never asked
      const job = await db.job.findFirstOrThrow({ where: { enrollmentId: movedEnrollment } });
      expect(job).toMatchObject({ state: "FAILED" });
      expect(job.lastError).toContain("redirects are not followed");
    } finally {
      await new Promise((resolve) => flood.close(resolve));
      delete process.env.TICKETFLOW_WEBHOOK_ALLOWED_HOSTS;
      resetEnvForTests();
    }
  });
});
