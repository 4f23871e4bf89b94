// SPEC §5 email actions: "Send email" from a template (transactional always; a non-transactional
// one only to marketing contacts, otherwise skipped and the skip recorded), and "Send internal
// email notification" to users, teams' members and the owner, with tokens rendered.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { aTicket } from "../support/engine-fixtures";
import { userIdOf } from "../support/users";
import {
  aWorkflow,
  drain,
  enroll,
  enrollmentRow,
  outboxOf,
  resetClock,
  stepEntries,
  useCaptureMail,
} from "./workflow-run-fixtures";
import { newId } from "@/lib/db/ids";

let surveyId: string;
let agentId: string;
beforeAll(async () => {
  useCaptureMail();
  surveyId = (await db.emailTemplate.findFirstOrThrow({ where: { transactional: false } })).id;
  agentId = await userIdOf("AGENT");
});
beforeEach(() => resetClock());

async function run(ticketId: string, ...actions: Parameters<typeof aWorkflow>[0]) {
  const workflow = await aWorkflow(actions);
  const enrollmentId = await enroll(ticketId, workflow.id);
  await drain();
  return { workflow, enrollmentId };
}

describe("send_email to the ticket's contact", () => {
  it("skips a non-transactional email to a contact who is not a marketing contact, and says why", async () => {
    const ticket = await aTicket("New", { subject: "Broken export" });
    const { enrollmentId } = await run(ticket.id, { action: { type: "send_email", template: surveyId } });
    expect(await outboxOf(ticket.id)).toEqual([]);
    const [entry] = await stepEntries(ticket.id);
    expect(entry).toMatchObject({
      kind: "action_skipped",
      summary: `Skipped "How did we do? (survey)": ${ticket.contactEmail} is not a marketing contact, and the email is not transactional.`,
      detail: { reason: "not_marketing_contact", actionType: "send_email", templateId: surveyId },
    });
    expect(await enrollmentRow(enrollmentId)).toMatchObject({ state: "COMPLETED" });
  });

  it("sends the same email to a marketing contact, tokens rendered", async () => {
    const ticket = await aTicket("New", { subject: "Broken export" });
    await db.contact.update({ where: { id: ticket.contactId }, data: { marketingContact: true } });
    await run(ticket.id, { action: { type: "send_email", template: surveyId } });
    const [email] = await outboxOf(ticket.id);
    expect(email).toMatchObject({ toEmail: ticket.contactEmail, subject: "How did we do with Broken export?" });
    expect(email!.text).toBe("Hi Casey Contact,\n\nTell us how we did — it takes one click.\n\n— Acme Support");
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_sent",
      detail: { to: ticket.contactEmail, messageId: email!.messageId },
    });
  });

  it("always sends a transactional template, to any contact; unknown tokens render empty", async () => {
    const ticket = await aTicket("New", { subject: "Hello" });
    await db.emailTemplate.update({
      where: { key: "ticket_received" },
      data: { body: "Dear {{contact.name}}{{contact.nickname}}, owner: [{{ticket.owner}}]" },
    });
    await run(ticket.id, { action: { type: "send_email", template: "ticket_received" } });
    const [email] = await outboxOf(ticket.id);
    expect(email).toMatchObject({ subject: "We received your request: Hello", text: "Dear Casey Contact, owner: []" });
  });

  it("skips (without failing) when the ticket has no contact or the template is gone", async () => {
    const ticket = await aTicket("New");
    await db.ticket.update({ where: { id: ticket.id }, data: { contactId: null } });
    await run(
      ticket.id,
      { action: { type: "send_email", template: "ticket_closed" } },
      { action: { type: "send_email", template: "no-such-template" } },
    );
    expect(await outboxOf(ticket.id)).toEqual([]);
    expect((await stepEntries(ticket.id)).map((e) => e.detail.reason ?? e.kind)).toEqual([
      "no_contact",
      "template_missing",
      "workflow_completed",
    ]);
  });
});

describe("send_email with a custom email marked transactional (the Transactional email add-on)", () => {
  it("without the add-on it is marketing: skipped for a non-marketing contact, saying why; with it, sent", async () => {
    const custom = await db.emailTemplate.create({
      data: {
        id: newId(),
        name: "Order update",
        subject: "Update: {{ticket.subject}}",
        body: "Hello",
        transactional: true,
      },
    });
    await db.account.updateMany({ data: { transactionalEmailAddon: false } });
    const ticket = await aTicket("New", { subject: "Late parcel" });
    await run(ticket.id, { action: { type: "send_email", template: custom.id } });
    expect(await outboxOf(ticket.id)).toEqual([]);
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_skipped",
      summary: `Skipped "Order update": ${ticket.contactEmail} is not a marketing contact, and the email is marked transactional, but the account has no Transactional email add-on.`,
      detail: { reason: "not_marketing_contact", templateId: custom.id },
    });

    await db.account.updateMany({ data: { transactionalEmailAddon: true } });
    const again = await aTicket("New", { subject: "Late parcel" });
    await run(again.id, { action: { type: "send_email", template: custom.id } });
    expect(await outboxOf(again.id)).toEqual([expect.objectContaining({ subject: "Update: Late parcel" })]);
    await db.account.updateMany({ data: { transactionalEmailAddon: false } });
  });

  it("the built-ins stay transactional without the add-on", async () => {
    await db.account.updateMany({ data: { transactionalEmailAddon: false } });
    const ticket = await aTicket("New", { subject: "Built-in" });
    await run(ticket.id, { action: { type: "send_email", template: "ticket_closed" } });
    expect(await outboxOf(ticket.id)).toEqual([expect.objectContaining({ toEmail: ticket.contactEmail })]);
  });
});

describe("send_internal_email", () => {
  it("emails chosen users, every active member of chosen teams and the owner, once each", async () => {
    const tier1 = await db.team.findUniqueOrThrow({ where: { name: "Tier 1 Support" } });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    await db.user.update({ where: { email: "jordan@example.com" }, data: { active: false } });
    const ticket = await aTicket("New", { ownerId: agentId, subject: "VAT", priority: "URGENT" });
    await run(ticket.id, {
      action: {
        type: "send_internal_email",
        to: { userIds: [admin.id, agentId], teamIds: [tier1.id], owner: true },
        subject: "[{{ticket.priority}}] {{ticket.subject}}",
        body: "{{ticket.pipeline}} / {{ticket.status}} / {{ticket.owner}} / {{contact.email}}",
      },
    });
    await db.user.update({ where: { email: "jordan@example.com" }, data: { active: true } });
    const emails = await outboxOf(ticket.id);
    expect(emails.map((e) => e.toEmail).sort()).toEqual([
      "admin@example.com",
      "agent@example.com",
      "priya@example.com",
    ]);
    expect(new Set(emails.map((e) => e.subject))).toEqual(new Set(["[Urgent] VAT"]));
    expect(emails[0]!.text).toBe(`Support Pipeline / New / Alex Agent / ${ticket.contactEmail}`);
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_sent",
      summary: 'Internal notification "[Urgent] VAT" sent to Alex Agent, Avery Admin, Priya Shah.',
    });
  });

  it("sends nothing when every chosen user is inactive, and records the skip", async () => {
    const jordan = await db.user.update({ where: { email: "jordan@example.com" }, data: { active: false } });
    const ticket = await aTicket("New");
    await run(ticket.id, {
      action: {
        type: "send_internal_email",
        to: { userIds: [jordan.id], teamIds: [], owner: false },
        subject: "s",
        body: "b",
      },
    });
    await db.user.update({ where: { id: jordan.id }, data: { active: true } });
    expect(await outboxOf(ticket.id)).toEqual([]);
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_skipped",
      summary: "Skipped: no active user among the recipients.",
    });
  });
});

describe("plan gating at run time", () => {
  it("skips a Professional action on a Starter account and runs the email actions", async () => {
    await db.account.updateMany({ data: { planTier: "STARTER" } });
    const ticket = await aTicket("New");
    await run(
      ticket.id,
      { action: { type: "create_task", title: "Call back", notes: "", assignTo: "owner" } },
      { action: { type: "send_email", template: "ticket_received" } },
    );
    await db.account.updateMany({ data: { planTier: "ENTERPRISE" } });
    expect(await db.task.count({ where: { ticketId: ticket.id } })).toBe(0);
    expect(await outboxOf(ticket.id)).toHaveLength(1);
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_skipped",
      summary: expect.stringContaining("needs the Professional plan"),
      detail: { reason: "plan" },
    });
  });
});
