import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed";
import { verifyPassword } from "@/lib/auth/password";
import { TEST_PASSWORD } from "../support/test-database";

describe("demo data", () => {
  it("has the Support Pipeline with its four statuses in order", async () => {
    const pipeline = await db.pipeline.findFirstOrThrow({
      where: { name: "Support Pipeline" },
      select: { statuses: { orderBy: { displayOrder: "asc" }, select: { label: true, state: true } } },
    });
    expect(pipeline.statuses).toEqual([
      { label: "New", state: "OPEN" },
      { label: "Waiting on contact", state: "OPEN" },
      { label: "Waiting on us", state: "OPEN" },
      { label: "Closed", state: "CLOSED" },
    ]);
    expect(await db.pipeline.count()).toBe(2);
  });

  it("has one user per role with the demo password, hashed", async () => {
    const users = await db.user.findMany({
      where: { email: { endsWith: "@example.com" } },
      select: { role: true, passwordHash: true },
    });
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(["SUPER_ADMIN", "ACCOUNT_ADMIN", "AGENT"]));
    expect(users[0]!.passwordHash).not.toContain(TEST_PASSWORD);
    expect(await verifyPassword(TEST_PASSWORD, users[0]!.passwordHash)).toBe(true);
  });

  it("has ~60 tickets spread over every status of both pipelines", async () => {
    expect(await db.ticket.count()).toBe(60);
    const byStatus = await db.ticket.groupBy({ by: ["statusId"], _count: true });
    expect(byStatus.length).toBe(await db.pipelineStatus.count());
  });

  it("has a team-email channel that creates tickets and a channel that does not", async () => {
    expect(await db.channel.count({ where: { type: "TEAM_EMAIL", createsTickets: true } })).toBeGreaterThan(0);
    expect(await db.channel.count({ where: { createsTickets: false } })).toBeGreaterThan(0);
  });

  it("has the transactional built-in templates", async () => {
    const templates = await db.emailTemplate.findMany({
      where: { builtIn: true },
      select: { key: true, transactional: true },
    });
    expect(templates).toEqual(
      expect.arrayContaining([
        { key: "ticket_received", transactional: true },
        { key: "ticket_closed", transactional: true },
      ]),
    );
  });

  it("never re-seeds a database that has data", async () => {
    expect(await seedDemoData(db)).toEqual({ seeded: false });
    expect(await db.ticket.count()).toBe(60);
  });
});
