// The public API's ticket read in one raw statement (lib/tickets/read-ticket-dto.ts) gives what
// the ORM read of `ticketDtoSelect` gives, key for key and in the same order, for a ticket with
// every optional field set (a close date, a bigint time to close, follow-ups, SLA instants) and for
// a bare one; an unknown id is null.
import { describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import { readTicketDto } from "@/lib/tickets/read-ticket-dto";
import { ticketDtoSelect, toTicketDto } from "@/lib/tickets/ticket-dto";
import { aTicket } from "../support/engine-fixtures";

async function viaOrm(id: string, now: Date) {
  return toTicketDto(await db.ticket.findUniqueOrThrow({ where: { id }, select: ticketDtoSelect }), now);
}

describe("readTicketDto", () => {
  it("reads a ticket with every field set as the ORM does", async () => {
    const at = (iso: string) => new Date(iso);
    const ticket = await aTicket("Closed", {
      priority: "URGENT",
      closeDate: at("2026-12-31T00:00:00.000Z"),
      closeDateSetBy: "api",
      reopenedAt: at("2026-11-02T03:04:05.678Z"),
      closedAt: at("2026-11-03T23:59:59.999Z"),
      timeToCloseMs: 9_007_199_254_740_000n,
      slaFirstReplyDueSoonAt: at("2026-12-01T08:00:00.000Z"),
      slaFirstReplyDueAt: at("2026-12-01T09:00:00.000Z"),
      slaFirstReplyMetAt: at("2026-12-01T08:30:00.123Z"),
      slaCloseDueSoonAt: at("2026-12-02T08:00:00.000Z"),
      slaCloseDueAt: at("2026-12-02T09:00:00.000Z"),
    });
    const first = await aTicket("New", { followUpOfId: ticket.id, createdAt: at("2026-12-03T10:00:00.000Z") });
    const second = await aTicket("New", { followUpOfId: ticket.id, createdAt: at("2026-12-03T09:00:00.000Z") });
    const now = at("2026-12-01T08:45:00.000Z");
    const raw = await readTicketDto(dbHandle().sql, ticket.id, now);
    const orm = await viaOrm(ticket.id, now);
    expect(raw).toEqual(orm);
    expect(JSON.stringify(raw)).toBe(JSON.stringify(orm));
    expect(raw).toMatchObject({ closeDate: "2026-12-31", timeToCloseMs: 9_007_199_254_740_000 });
    expect(raw?.followUpIds).toEqual([second.id, first.id]);
  });

  it("reads a bare ticket as the ORM does, through a Prisma client too", async () => {
    const ticket = await aTicket("New");
    const now = new Date();
    const orm = await viaOrm(ticket.id, now);
    expect(JSON.stringify(await readTicketDto(dbHandle().sql, ticket.id, now))).toBe(JSON.stringify(orm));
    expect(JSON.stringify(await readTicketDto(db, ticket.id, now))).toBe(JSON.stringify(orm));
    expect(orm).toMatchObject({ closeDate: null, timeToCloseMs: null, followUpIds: [] });
  });

  it("is null for an unknown ticket", async () => {
    expect(await readTicketDto(dbHandle().sql, "no-such-ticket")).toBeNull();
  });
});
