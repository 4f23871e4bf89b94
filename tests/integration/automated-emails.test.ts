// SPEC §5 custom automated emails (Settings > Automated emails): create, edit, duplicate and
// delete, the live preview, the Transactional email add-on, History — each as the right and the
// wrong role; deleting an email that actions send is refused, naming them; built-ins stay.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateAccountAction } from "@/lib/sla/account-actions";
import { addStatusActionAction } from "@/lib/automate/status-action-actions";
import {
  createEmailAction,
  deleteEmailAction,
  duplicateEmailAction,
  previewEmailAction,
  saveEmailAction,
} from "@/lib/templates/actions";
import { EMAILS_SCOPE } from "@/lib/templates/email-history";
import { actAs } from "../support/users";
import { expectFailure, expectOk, lane, sendEmail } from "../support/status-actions";
import { aWorkflow } from "./workflow-run-fixtures";

let counter = 0;
const draft = (over: Partial<{ name: string; subject: string; body: string; transactional: boolean }> = {}) => ({
  name: `Follow-up ${++counter}`,
  subject: "About {{ticket.subject}}",
  body: "Hi {{contact.name}}, ticket #{{ticket.id}} — {{account.name}}",
  transactional: false,
  ...over,
});

async function setAddon(on: boolean) {
  await db.account.updateMany({ data: { transactionalEmailAddon: on } });
}
const emailRow = (id: string) => db.emailTemplate.findUniqueOrThrow({ where: { id } });
const emailHistory = (id: string) =>
  db.settingsChange.findMany({ where: { scope: EMAILS_SCOPE, entityId: id }, orderBy: { createdAt: "asc" } });
const builtIn = (key: string) => db.emailTemplate.findUniqueOrThrow({ where: { key } });

beforeEach(async () => {
  await setAddon(false);
  await actAs("ACCOUNT_ADMIN");
});

describe("creating an automated email", () => {
  it("saves a custom marketing email and records it in History", async () => {
    const input = draft();
    const { id, version } = expectOk(await createEmailAction(input));
    expect(version).toBe(1);
    expect(await emailRow(id)).toMatchObject({ ...input, key: null, builtIn: false });
    const rows = await emailHistory(id);
    expect(rows.map((r) => [r.field, r.before, r.after])).toEqual([
      ["created", null, input.name],
      ["subject", null, input.subject],
      ["body", null, input.body],
      ["transactional", null, false],
    ]);
    expect(rows[0]).toMatchObject({ actorName: "Avery Admin", entityType: "email_template" });
  });

  it("refuses an agent with 403 and writes nothing", async () => {
    await actAs("AGENT");
    const input = draft();
    expectFailure(await createEmailAction(input), "FORBIDDEN", 403);
    expect(await db.emailTemplate.count({ where: { name: input.name } })).toBe(0);
    await actAs(null);
    expectFailure(await createEmailAction(input), "UNAUTHENTICATED", 401);
  });

  it("names each bad field: an empty name, an unknown token, a name another email has", async () => {
    const error = expectFailure(
      await createEmailAction(draft({ name: " ", body: "Hi {{contact.nmae}}" })),
      "BAD_REQUEST",
      400,
    );
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: ["body"],
        message: expect.stringMatching(/^Unknown token \{\{contact\.nmae\}\}/),
      }),
      expect.objectContaining({ path: ["name"], message: "Name is required" }),
    ]);
    const taken = expectFailure(await createEmailAction(draft({ name: "ticket RECEIVED" })), "BAD_REQUEST", 400);
    expect(taken.issues).toEqual([
      expect.objectContaining({
        path: ["name"],
        message: "Another email is already called “ticket RECEIVED”. Choose another name.",
      }),
    ]);
  });

  it("needs the Transactional email add-on to be transactional; the add-on is an account setting in History", async () => {
    const input = draft({ transactional: true });
    const refused = expectFailure(await createEmailAction(input), "PLAN_REQUIRED", 403);
    expect(refused.issues).toEqual([
      expect.objectContaining({
        path: ["transactional"],
        message: expect.stringContaining("Transactional email add-on"),
      }),
    ]);
    expect(await db.emailTemplate.count({ where: { name: input.name } })).toBe(0);

    const account = await db.account.findFirstOrThrow();
    const settings = {
      expectedVersion: account.version,
      name: account.name,
      timeZone: account.timeZone,
      planTier: account.planTier,
      transactionalEmailAddon: true,
    };
    await actAs("AGENT");
    expectFailure(await updateAccountAction(settings), "FORBIDDEN", 403);
    await actAs("SUPER_ADMIN");
    expectOk(await updateAccountAction(settings));
    const change = await db.settingsChange.findFirstOrThrow({
      where: { scope: "account", field: "transactionalEmailAddon" },
      orderBy: { createdAt: "desc" },
    });
    expect(change).toMatchObject({ before: false, after: true, actorName: "Sam Super" });
    const { id } = expectOk(await createEmailAction(input));
    expect((await emailRow(id)).transactional).toBe(true);
  });
});

describe("editing an automated email", () => {
  it("saves name, subject, body and the transactional choice, recording each change", async () => {
    const { id } = expectOk(await createEmailAction(draft()));
    await setAddon(true);
    const edit = {
      templateId: id,
      expectedVersion: 1,
      ...draft({ subject: "New {{ticket.subject}}", transactional: true }),
    };
    expect(expectOk(await saveEmailAction(edit)).version).toBe(2);
    expect(await emailRow(id)).toMatchObject({
      name: edit.name,
      subject: edit.subject,
      transactional: true,
      version: 2,
    });
    expect((await emailHistory(id)).slice(4).map((r) => r.field)).toEqual(["name", "subject", "transactional"]);
    expect(expectFailure(await saveEmailAction(edit), "CONFLICT", 409).message).toContain("changed by someone else");
  });

  it("refuses making an email transactional without the add-on, but keeps one that already is", async () => {
    const { id } = expectOk(await createEmailAction(draft()));
    const input = { templateId: id, expectedVersion: 1, ...draft({ transactional: true }) };
    expectFailure(await saveEmailAction(input), "PLAN_REQUIRED", 403);
    await db.emailTemplate.update({ where: { id }, data: { transactional: true } });
    expectOk(await saveEmailAction({ ...input, subject: "Kept transactional" }));
    expect(await emailRow(id)).toMatchObject({ subject: "Kept transactional", transactional: true, version: 2 });
  });

  it("without the add-on the choice is locked both ways: a transactional email saved again keeps its mark", async () => {
    const { id } = expectOk(await createEmailAction(draft()));
    await db.emailTemplate.update({ where: { id }, data: { transactional: true } });
    const off = { templateId: id, expectedVersion: 1, ...draft({ transactional: false }) };
    const error = expectFailure(await saveEmailAction(off), "PLAN_REQUIRED", 403);
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ["transactional"], message: expect.stringContaining("locked") }),
    ]);
    expect(await emailRow(id)).toMatchObject({ transactional: true, version: 1 });
    // With the add-on on again, the choice is free.
    await setAddon(true);
    expectOk(await saveEmailAction(off));
    expect(await emailRow(id)).toMatchObject({ transactional: false, version: 2 });
  });

  it("lets a built-in's subject and body change, never its name nor its transactional choice", async () => {
    const received = await builtIn("ticket_received");
    const base = {
      templateId: received.id,
      expectedVersion: received.version,
      name: received.name,
      subject: received.subject,
      body: received.body,
      transactional: true,
    };
    const error = expectFailure(
      await saveEmailAction({ ...base, name: "Renamed", transactional: false }),
      "BAD_REQUEST",
      400,
    );
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      [["name"], "A built-in email keeps its name."],
      [["transactional"], "A built-in email is always transactional."],
    ]);
    expectOk(await saveEmailAction({ ...base, subject: "Received: {{ticket.subject}}" }));
    expect((await builtIn("ticket_received")).subject).toBe("Received: {{ticket.subject}}");
  });

  it("refuses an agent with 403 and changes nothing", async () => {
    const { id } = expectOk(await createEmailAction(draft()));
    await actAs("AGENT");
    expectFailure(await saveEmailAction({ templateId: id, expectedVersion: 1, ...draft() }), "FORBIDDEN", 403);
    expect((await emailRow(id)).version).toBe(1);
  });
});

describe("duplicating an automated email", () => {
  it("makes a custom copy named '(copy)', then '(copy 2)', recorded in History", async () => {
    const original = draft();
    const { id } = expectOk(await createEmailAction(original));
    const first = expectOk(await duplicateEmailAction({ templateId: id }));
    const second = expectOk(await duplicateEmailAction({ templateId: id }));
    expect([first.name, second.name]).toEqual([`${original.name} (copy)`, `${original.name} (copy 2)`]);
    expect(await emailRow(first.id)).toMatchObject({
      subject: original.subject,
      body: original.body,
      builtIn: false,
      key: null,
    });
    expect((await emailHistory(first.id)).map((r) => [r.field, r.before, r.after])).toEqual([
      ["duplicated", original.name, first.name],
      ["transactional", null, false],
    ]);
  });

  it("copies a built-in as a marketing email without the add-on, transactional with it", async () => {
    const closed = await builtIn("ticket_closed");
    const marketing = expectOk(await duplicateEmailAction({ templateId: closed.id }));
    expect(await emailRow(marketing.id)).toMatchObject({ transactional: false, builtIn: false, key: null });
    await setAddon(true);
    const transactional = expectOk(await duplicateEmailAction({ templateId: closed.id }));
    expect(transactional).toMatchObject({ name: "Ticket closed (copy 2)", transactional: true });
  });

  it("refuses an agent with 403", async () => {
    const closed = await builtIn("ticket_closed");
    await actAs("AGENT");
    expectFailure(await duplicateEmailAction({ templateId: closed.id }), "FORBIDDEN", 403);
  });
});

describe("deleting an automated email", () => {
  it("never deletes a built-in", async () => {
    const received = await builtIn("ticket_received");
    await actAs("SUPER_ADMIN");
    const error = expectFailure(await deleteEmailAction({ templateId: received.id }), "CONFLICT", 409);
    expect(error.message).toBe("“Ticket received” is a built-in email and can't be deleted.");
    expect(await builtIn("ticket_received")).toBeTruthy();
  });

  it("refuses while actions send it, naming the status actions and workflows, then deletes it once unused", async () => {
    const input = draft();
    const { id } = expectOk(await createEmailAction(input));
    await actAs("SUPER_ADMIN");
    const investigating = await lane("Investigating");
    expectOk(
      await addStatusActionAction({
        pipelineId: investigating.pipelineId,
        statusId: investigating.statusId,
        expectedVersion: investigating.version,
        action: sendEmail(id),
      }),
    );
    const workflow = await aWorkflow([{ action: sendEmail(id) }, { action: sendEmail(id) }], {
      name: `Survey after close ${counter}`,
    });
    const error = expectFailure(await deleteEmailAction({ templateId: id }), "CONFLICT", 409);
    expect(error.message).toBe(
      `“${input.name}” can't be deleted: it is sent by Actions when a ticket reaches “Investigating” (Billing & Refunds) and Workflow “${workflow.name}” (2 actions). Remove it from those actions first.`,
    );
    expect(await emailRow(id)).toBeTruthy();

    await db.workflowAction.deleteMany({ where: { config: { path: ["template"], equals: id } } });
    expectOk(await deleteEmailAction({ templateId: id }));
    expect(await db.emailTemplate.findUnique({ where: { id } })).toBeNull();
    expect((await emailHistory(id)).at(-1)).toMatchObject({ field: "deleted", before: input.name, after: null });
  });

  it("refuses an agent with 403 and an unknown email with 404", async () => {
    const { id } = expectOk(await createEmailAction(draft()));
    await actAs("AGENT");
    expectFailure(await deleteEmailAction({ templateId: id }), "FORBIDDEN", 403);
    expect(await emailRow(id)).toBeTruthy();
    await actAs("ACCOUNT_ADMIN");
    expectFailure(await deleteEmailAction({ templateId: "no-such-email" }), "NOT_FOUND", 404);
  });

  it("an action saved after the email is deleted is refused at its template (no dangling reference)", async () => {
    const { id } = expectOk(await createEmailAction(draft()));
    expectOk(await deleteEmailAction({ templateId: id }));
    await actAs("SUPER_ADMIN");
    const received = await lane("Received");
    const error = expectFailure(
      await addStatusActionAction({
        pipelineId: received.pipelineId,
        statusId: received.statusId,
        expectedVersion: received.version,
        action: sendEmail(id),
      }),
      "BAD_REQUEST",
      400,
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ["action", "template"], message: "This email does not exist" }),
    ]);
  });
});

describe("the live preview", () => {
  it("renders the tokens on the server for any signed-in user and says what is wrong", async () => {
    await actAs("AGENT");
    const preview = expectOk(
      await previewEmailAction({
        subject: "Re: {{ticket.subject}}",
        body: "Hi {{contact.name}} — {{account.name}}\n{{nope}}",
      }),
    );
    expect(preview).toMatchObject({
      subject: "Re: My order arrived damaged",
      body: "Hi Maria Garcia — Acme Support\n",
      problems: { subject: null, body: expect.stringMatching(/^Unknown token \{\{nope\}\}/) },
    });
    await actAs(null);
    expectFailure(await previewEmailAction({ subject: "", body: "" }), "UNAUTHENTICATED", 401);
  });
});
