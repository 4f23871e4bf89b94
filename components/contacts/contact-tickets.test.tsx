import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ContactRecord } from "@/lib/contacts/contact-record";
import { ContactTickets } from "./contact-tickets";

type Ticket = ContactRecord["tickets"][number];

const ticket = (createdAt: string): Ticket =>
  ({
    id: "t1",
    subject: "Refund for order 1042",
    priority: "MEDIUM",
    createdAt: new Date(createdAt),
    closeDate: null,
    status: { label: "New", state: "OPEN" },
    pipeline: { name: "Support Pipeline" },
  }) as Ticket;

const html = (createdAt: string, timeZone: string) =>
  renderToStaticMarkup(<ContactTickets tickets={[ticket(createdAt)]} timeZone={timeZone} />);

describe("a contact's ticket list (issue 15 item 3)", () => {
  it("dates a ticket in the account's zone: created 00:30 in Berlin, it shows that day, not UTC's", () => {
    const out = html("2026-11-22T23:30:00.000Z", "Europe/Berlin");
    expect(out).toContain("Support Pipeline · <time");
    expect(out).toContain(">Nov 23, 2026, 12:30 AM</time>");
    expect(out).not.toContain(">2026-11-22");
    expect(out).toContain('title="Nov 23, 2026, 12:30 AM GMT+1 (Europe/Berlin)"');
  });

  it("and the same instant in New York is still the evening before", () => {
    expect(html("2026-11-22T23:30:00.000Z", "America/New_York")).toContain(">Nov 22, 2026, 6:30 PM</time>");
  });
});
