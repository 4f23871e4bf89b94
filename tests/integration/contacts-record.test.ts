import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateContactAction } from "@/lib/contacts/actions";
import { getContactRecord } from "@/lib/contacts/contact-record";
import { actAs } from "../support/users";
import { ticketWithThread } from "./ticket-record-fixtures";

beforeAll(async () => {
  await actAs("AGENT");
});

describe("the contact record", () => {
  it("shows the contact's tickets, newest first", async () => {
    const { contact, ticket } = await ticketWithThread("Support Pipeline", "New");
    const record = await getContactRecord(contact.id);
    expect(record?.tickets.map((t) => [t.id, t.status.label, t.pipeline.name])).toEqual([
      [ticket.id, "New", "Support Pipeline"],
    ]);
  });

  it("edits the name and the marketing contact flag; an empty name clears it", async () => {
    const { contact } = await ticketWithThread("Support Pipeline", "New");
    expect(
      await updateContactAction({ contactId: contact.id, name: "  Casey Renamed ", marketingContact: true }),
    ).toEqual({ ok: true, data: { name: "Casey Renamed", marketingContact: true } });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({
      name: "Casey Renamed",
      marketingContact: true,
    });
    await updateContactAction({ contactId: contact.id, name: "", marketingContact: false });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({
      name: null,
      marketingContact: false,
    });
  });

  it("records each property change in the contact's History, with who made it", async () => {
    const { contact } = await ticketWithThread("Support Pipeline", "New");
    await updateContactAction({ contactId: contact.id, name: "Casey Customer", marketingContact: true });
    await updateContactAction({ contactId: contact.id, name: "Casey C.", marketingContact: true });
    const rows = await db.settingsChange.findMany({
      where: { scope: `contact:${contact.id}` },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => [r.field, r.before, r.after, r.actorName, r.entityType])).toEqual([
      ["marketingContact", false, true, "Alex Agent", "contact"],
      ["name", "Casey Customer", "Casey C.", "Alex Agent", "contact"],
    ]);
  });

  it("refuses a too long name beside the field, an unknown contact, and anonymous users", async () => {
    const { contact } = await ticketWithThread("Support Pipeline", "New");
    expect(
      await updateContactAction({ contactId: contact.id, name: "x".repeat(201), marketingContact: true }),
    ).toMatchObject({ ok: false, error: { status: 400, issues: [{ path: ["name"] }] } });
    expect(await updateContactAction({ contactId: "nobody", name: "A", marketingContact: true })).toMatchObject({
      ok: false,
      error: { status: 404 },
    });
    await actAs(null);
    expect(await updateContactAction({ contactId: contact.id, name: "Anon", marketingContact: true })).toMatchObject({
      ok: false,
      error: { status: 401 },
    });
    await actAs("AGENT");
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({
      name: "Casey Customer",
      marketingContact: false,
    });
  });
});
