// Trigger workflows tell the truth (issue 14 item 5): the Workflows list's action counts and each
// workflow's enrolled count, runs and last run include the email-trigger and status workflows.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { moveTicketAction } from "@/lib/tickets/actions";
import { listWorkflows } from "@/lib/workflows/queries";
import { aTicket, seededPipeline, ticketRow } from "../support/engine-fixtures";
import { emailEvent, postEvent } from "../support/events";
import { expectOk } from "../support/status-actions";
import { actAs } from "../support/users";

const row = async (name: string) => {
  const found = (await listWorkflows()).find((w) => w.name === name);
  if (!found) throw new Error(`no workflow ${name}`);
  return found;
};

describe("the Workflows list counts every kind of workflow", () => {
  it("an email trigger's workflow has its one action, and its moves are its runs", async () => {
    const name = "Support Pipeline: An email is sent to a customer";
    const before = await row(name);
    expect(before.actions).toBe(1);
    const tickets = [await aTicket("New"), await aTicket("New")];
    for (const t of tickets) {
      await postEvent(emailEvent({ ticketId: t.id, contactEmail: t.contactEmail, threadKey: t.threadKey }));
    }
    // A second email on a ticket already moved does not move it again: not a run.
    await postEvent(
      emailEvent({
        ticketId: tickets[0]!.id,
        contactEmail: tickets[0]!.contactEmail,
        threadKey: tickets[0]!.threadKey,
      }),
    );
    const after = await row(name);
    expect(after.activity.runs - before.activity.runs).toBe(2);
    expect(after.activity.enrolled - before.activity.enrolled).toBe(2);
    expect(after.activity.lastRunAt).toBeInstanceOf(Date);
    // The other trigger of the pipeline did not run.
    const reply = await row("Support Pipeline: A customer replies to an email");
    expect(reply.activity.runs).toBe(0);
  });

  it("a status workflow counts every enrolment, also those whose actions have all run", async () => {
    await actAs("AGENT");
    const support = await seededPipeline();
    const workflow = await db.workflow.findFirstOrThrow({
      where: { statusId: support.status("Closed"), kind: "STATUS_ACTIONS" },
      select: { name: true, _count: { select: { actions: true } } },
    });
    const before = await row(workflow.name);
    expect(before.actions).toBe(workflow._count.actions);
    const ticket = await aTicket("New");
    const { version } = await ticketRow(ticket.id);
    expectOk(await moveTicketAction({ ticketId: ticket.id, toStatusId: support.status("Closed"), version }));
    // As when the worker has run its actions.
    await db.workflowEnrollment.updateMany({ where: { ticketId: ticket.id }, data: { state: "COMPLETED" } });
    const after = await row(workflow.name);
    expect(after.activity.enrolled - before.activity.enrolled).toBe(1);
    expect(after.activity.runs - before.activity.runs).toBe(1);
    expect(after.activity.lastRunAt).toBeInstanceOf(Date);
  });
});
