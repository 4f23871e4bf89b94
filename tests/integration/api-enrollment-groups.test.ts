// Enrollment filter groups through the public API (issue 14 item 4): the automation document
// carries every status's criteria (`statusEnrollment`), a PUT changes them (version, History, the
// plan), bad groups are a 400 with their paths and change nothing, and what was PUT is what the
// engine and the dry run then decide — "Source is Chat" added as a group lets chat tickets in
// while the default filter still leaves Messenger out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/v1/pipelines/[id]/automation/route";
import { POST as DRY_RUN } from "@/app/api/v1/tickets/[id]/dry-run/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { DEFAULT_EXCLUSION_FILTER, DEFAULT_FILTER_GROUPS } from "@/lib/automation";
import { db } from "@/lib/db";
import { changeTicket } from "@/lib/tickets/change-ticket";
import { callApi } from "../support/api";
import { aTicket, jobsOf, rowCounts, seededPipeline } from "../support/engine-fixtures";
import { historyOf, setPlan } from "../support/status-actions";
import { userIdOf } from "../support/users";

let support: Awaited<ReturnType<typeof seededPipeline>>;
let closedWorkflowId: string;
beforeAll(async () => {
  support = await seededPipeline();
  closedWorkflowId = (
    await db.workflow.findFirstOrThrow({ where: { statusId: support.status("Closed"), kind: "STATUS_ACTIONS" } })
  ).id;
});
afterAll(() => setPlan("ENTERPRISE"));

const path = (id: string) => `/api/v1/pipelines/${id}/automation`;
const read = (id: string) => callApi(GET, { path: path(id), params: { id } });
const write = (id: string, body: unknown, key?: string) =>
  callApi(PUT, { path: path(id), params: { id }, method: "PUT", body, key });
const dryRun = (id: string, event: unknown) =>
  callApi(DRY_RUN, { path: `/api/v1/tickets/${id}/dry-run`, params: { id }, method: "POST", body: { event } });
const chatIs = { property: "source", operator: "is", value: "CHAT" };

describe("statusEnrollment in the automation document", () => {
  it("GET lists every status's filter groups, the visible default exclusion to begin with", async () => {
    const doc = (await read(support.id)).body;
    expect(Object.keys(doc.statusEnrollment).sort()).toEqual(Object.keys(doc.statusActions).sort());
    expect(doc.statusEnrollment[support.status("Closed")]).toEqual(DEFAULT_FILTER_GROUPS);
  });

  it("PUT adds a group 'Source is Chat': chat tickets enrol in addition to the others, Messenger stays out", async () => {
    const doc = (await read(support.id)).body;
    const closed = support.status("Closed");
    const groups = [[DEFAULT_EXCLUSION_FILTER], [chatIs]];
    const saved = await write(support.id, { ...doc, statusEnrollment: { [closed]: groups } });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(doc.version + 1);
    expect(saved.body.statusEnrollment[closed]).toEqual(groups);
    // The other statuses were left out of the PUT: theirs did not change.
    expect(saved.body.statusEnrollment[support.status("New")]).toEqual(DEFAULT_FILTER_GROUPS);
    expect((await historyOf(closedWorkflowId)).at(-1)).toMatchObject({
      entityType: "status_actions",
      field: "enrollmentFilterGroups",
      before: DEFAULT_FILTER_GROUPS,
      after: groups,
    });

    const toClosed = { type: "ticket.updated", data: { statusId: closed } };
    const chat = await aTicket("New", { source: "CHAT" });
    const preview = await dryRun(chat.id, toClosed);
    expect(preview.body.effects).toContainEqual(
      expect.objectContaining({ type: "enroll", workflowId: closedWorkflowId }),
    );
    const cause = { kind: "user", userId: await userIdOf("AGENT") } as const;
    await changeTicket(chat.id, { kind: "status_change", toStatusId: closed, cause });
    expect(await jobsOf(chat.id)).toHaveLength(1);

    const messenger = await aTicket("New", { source: "MESSENGER" });
    expect((await dryRun(messenger.id, toClosed)).body.effects).toContainEqual(
      expect.objectContaining({ type: "skip_enrollment", reason: "filters_not_matched" }),
    );
    const email = await aTicket("New", { source: "EMAIL" });
    expect((await dryRun(email.id, toClosed)).body.effects).toContainEqual(
      expect.objectContaining({ type: "enroll", workflowId: closedWorkflowId }),
    );

    // A document without statusEnrollment (an older export) leaves the criteria as they are.
    const older = { ...(await read(support.id)).body, closeDateAutomation: true };
    delete older.statusEnrollment;
    expect((await write(support.id, older)).status).toBe(200);
    expect((await read(support.id)).body.statusEnrollment[closed]).toEqual(groups);
    await write(support.id, {
      ...(await read(support.id)).body,
      statusEnrollment: { [closed]: DEFAULT_FILTER_GROUPS },
    });
  });

  it("answers 400 with the path of each bad group or filter and changes nothing", async () => {
    const doc = (await read(support.id)).body;
    const closed = support.status("Closed");
    const before = await rowCounts();
    const bad = await write(support.id, {
      ...doc,
      statusEnrollment: {
        [closed]: [[chatIs], [], [{ property: "source", operator: "is", value: "FAX" }]],
        [support.status("New")]: [[{ property: "ownerId", operator: "is_any_of", value: ["no-such-user"] }]],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: unknown[] }) => i.path)).toEqual(
      expect.arrayContaining([
        ["statusEnrollment", closed, 1],
        ["statusEnrollment", closed, 2, 0, "value"],
      ]),
    );
    const unknownOwner = await write(support.id, {
      ...doc,
      statusEnrollment: {
        [support.status("New")]: [[{ property: "ownerId", operator: "is_any_of", value: ["no-such-user"] }]],
        "no-such-status": [[chatIs]],
      },
    });
    expect(unknownOwner.status).toBe(400);
    expect(unknownOwner.body.error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ["statusEnrollment", "no-such-status"] }),
        expect.objectContaining({
          path: ["statusEnrollment", support.status("New"), 0, 0, "value", 0],
          message: "This user does not exist",
        }),
      ]),
    );
    expect(await rowCounts()).toEqual(before);
    expect((await read(support.id)).body).toEqual(doc);
  });

  it("changing the criteria needs the Professional plan (the workflow editor's); an unchanged document does not", async () => {
    await setPlan("STARTER");
    const doc = (await read(support.id)).body;
    const refused = await write(support.id, {
      ...doc,
      statusEnrollment: { [support.status("Closed")]: [[chatIs]] },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("PLAN_REQUIRED");
    expect((await write(support.id, doc)).status).toBe(200);
    await setPlan("ENTERPRISE");
  });

  it("answers 403 to an agent's key", async () => {
    const doc = (await read(support.id)).body;
    const { key } = await createApiKey({ name: "Agent" }, await userIdOf("AGENT"));
    expect((await write(support.id, { ...doc, statusEnrollment: {} }, key)).status).toBe(403);
  });
});
