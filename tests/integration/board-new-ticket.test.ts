import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { calendarDateIn } from "@/lib/automation";
import { createTicketAction } from "@/lib/tickets/actions";
import type { TNewTicket } from "@/lib/tickets/schemas-new-ticket";
import { pipelineNamed } from "../support/automate";
import { actAs, userIdOf } from "../support/users";
import { newId } from "@/lib/db/ids";

let support: Awaited<ReturnType<typeof pipelineNamed>>;
let billing: Awaited<ReturnType<typeof pipelineNamed>>;

const form = (overrides: Partial<TNewTicket> = {}): TNewTicket => ({
  pipelineId: support.id,
  statusId: support.status("New"),
  subject: "Printer on fire",
  description: "Smoke everywhere",
  contactEmail: "",
  priority: "HIGH",
  ownerId: null,
  ...overrides,
});

async function create(overrides: Partial<TNewTicket> = {}) {
  const result = await createTicketAction(form(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return db.ticket.findUniqueOrThrow({
    where: { id: result.data.id },
    include: { timeline: true, enrollments: true, jobs: true },
  });
}

beforeAll(async () => {
  support = await pipelineNamed("Support Pipeline");
  billing = await pipelineNamed("Billing & Refunds");
  await actAs("AGENT");
});

describe("the new ticket form", () => {
  it("creates the ticket through the engine: timeline by the user, and the status's workflow enrols", async () => {
    const ticket = await create({ ownerId: await userIdOf("AGENT") });
    expect(ticket).toMatchObject({
      subject: "Printer on fire",
      priority: "HIGH",
      source: "MANUAL",
      statusId: support.status("New"),
      version: 1,
      closeDate: null,
    });
    const created = ticket.timeline.find((e) => e.kind === "ticket_created");
    expect(created).toMatchObject({ actorUserId: await userIdOf("AGENT"), ruleName: null });
    // Support Pipeline's "New" sends "Ticket received" (seeded): one enrolment, one job to start it.
    expect(ticket.enrollments).toHaveLength(1);
    expect(ticket.jobs.map((j) => j.type)).toEqual(["run_workflow_step"]);
  });

  it("finds the contact by email (any case) or creates it", async () => {
    const known = await db.contact.findFirstOrThrow({ select: { id: true, email: true } });
    expect((await create({ contactEmail: known.email.toUpperCase() })).contactId).toBe(known.id);
    const fresh = await create({ contactEmail: "New.Person@customer.example" });
    expect(await db.contact.findUniqueOrThrow({ where: { id: fresh.contactId! } })).toMatchObject({
      email: "new.person@customer.example",
    });
  });

  it("created straight into a closed status, it gets today's close date when the toggle is on", async () => {
    const ticket = await create({ statusId: support.status("Closed") });
    expect(ticket.closeDate?.toISOString().slice(0, 10)).toBe(calendarDateIn(new Date(), "Europe/Berlin"));
    expect(ticket.closeDateSetBy).toBe("automation");
    expect(Number(ticket.timeToCloseMs)).toBe(0);
  });

  it("refuses a status of another pipeline beside the status field, writing nothing", async () => {
    const before = await db.ticket.count();
    const result = await createTicketAction(form({ statusId: billing.status("Received") }));
    expect(result).toMatchObject({
      ok: false,
      error: { status: 400, issues: [{ path: ["statusId"], message: expect.stringContaining("Support Pipeline") }] },
    });
    expect(await db.ticket.count()).toBe(before);
  });

  it("puts each invalid field's message beside it", async () => {
    const result = await createTicketAction({
      ...form(),
      subject: "  ",
      contactEmail: "not-an-email",
      priority: "SOON" as never,
      pipelineId: "",
    });
    expect(result.ok).toBe(false);
    const paths = !result.ok ? result.error.issues.map((i) => i.path.join(".")) : [];
    expect(paths.sort()).toEqual(["contactEmail", "pipelineId", "priority", "subject"]);
  });

  it("refuses an owner who is deactivated", async () => {
    const user = await db.user.create({
      data: { id: newId(), email: "gone@example.com", name: "Gone", passwordHash: "x", active: false },
    });
    expect(await createTicketAction(form({ ownerId: user.id }))).toMatchObject({
      ok: false,
      error: { status: 400, issues: [{ path: ["ownerId"] }] },
    });
  });

  it("refuses anonymous users", async () => {
    await actAs(null);
    expect(await createTicketAction(form())).toMatchObject({ ok: false, error: { status: 401 } });
    await actAs("AGENT");
  });
});
