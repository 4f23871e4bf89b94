// Issue 14 item 4: the migration from enrollment filters (one AND list, chat and Messenger left
// out by a hidden rule unless a filter named their source) to filter groups decides exactly as
// before. The seeded database is put back as it was before the migration (the old column, the
// seeded workflows' filters as seeded, plus one workflow per filter shape the old rule treated
// differently), the migration's own SQL runs on it, and every workflow × every ticket (each
// source × priority × owner, enrolled before or not) is decided by the old rule and by the engine
// on the migrated groups — on PGlite and PostgreSQL alike.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Priority, TicketSource } from "@/generated/prisma/enums";
import {
  DEFAULT_FILTER_GROUPS,
  groupsFromLegacyFilters,
  statusActionEffects,
  type EnrollmentFilter,
  type EnrollmentFilterGroup,
  type TicketSnapshot,
} from "@/lib/automation";
import { aPipeline, aTicket, aWorkflow, LEGACY_FILTER_CASES, legacyEnrols } from "@/lib/automation/test-fixtures";
import { db, dbHandle } from "@/lib/db";
import { parseEnrollmentFilterGroups } from "@/lib/workflows/enrollment-filter-schema";
import { userIdOf } from "../support/users";
import { newId } from "@/lib/db/ids";

const MIGRATION = "20261203173207_enrollment_filter_groups";
const migrationSql = fs.readFileSync(
  path.join(process.cwd(), "prisma", "migrations", MIGRATION, "migration.sql"),
  "utf8",
);

interface Migrated {
  id: string;
  name: string;
  enabled: boolean;
  reenrollment: boolean;
  hasActions: boolean;
  legacy: unknown;
  groups: unknown;
}

let migrated: Migrated[];
let ownerIds: (string | null)[];

/** A list that no longer parsed enrolled nobody before (parseEnrollmentFilters' MATCHES_NOTHING). */
const NOT_A_LIST = { property: "source" };

beforeAll(async () => {
  const agent = await userIdOf("AGENT");
  ownerIds = [null, agent, "us-1"];
  const sql = dbHandle().sql;
  const seeded = await db.workflow.findMany({ select: { id: true, pipelineId: true } });
  expect(seeded.length).toBeGreaterThan(10);
  // Back to the schema before the migration; the seed wrote no filters, so every seeded workflow held [].
  await sql.exec(`ALTER TABLE "Workflow" ADD COLUMN "enrollmentFilters" JSONB NOT NULL DEFAULT '[]'`);
  await sql.exec(`ALTER TABLE "Workflow" DROP COLUMN "enrollmentFilterGroups"`);
  const legacyCases: unknown[] = [
    ...LEGACY_FILTER_CASES,
    [{ property: "ownerId", operator: "is", value: agent }],
    [
      { property: "ownerId", operator: "is_any_of", value: [agent, "us-1"] },
      { property: "source", operator: "is_any_of", value: ["CHAT", "EMAIL", "MESSENGER"] },
    ],
    NOT_A_LIST,
  ];
  for (const [i, filters] of legacyCases.entries()) {
    await sql.query(
      `INSERT INTO "Workflow" (id, name, kind, trigger, "pipelineId", "enrollmentFilters", "updatedAt", reenrollment)
       VALUES ($1, $2, 'CUSTOM', 'TICKET_CREATED', $3, $4::jsonb, now(), $5)`,
      [`wf_legacy_${i}`, `Legacy ${i}`, seeded[0]!.pipelineId, JSON.stringify(filters), i % 2 === 0],
    );
    // Two in three with an action, so "no actions" is part of the comparison too.
    if (i % 3 !== 0)
      await sql.query(
        `INSERT INTO "WorkflowAction" (id, "workflowId", position, type, config, "updatedAt")
         VALUES ($1, $2, 0, 'DELAY', '{"minutes": 5}'::jsonb, now())`,
        [`wa_legacy_${i}`, `wf_legacy_${i}`],
      );
  }
  const before = await sql.query<{ id: string; legacy: unknown }>(
    `SELECT id, "enrollmentFilters" AS legacy FROM "Workflow"`,
  );

  await sql.exec("BEGIN");
  await sql.exec(migrationSql);
  await sql.exec("COMMIT");

  const after = await sql.query<Omit<Migrated, "legacy">>(
    `SELECT w.id, w.name, w.enabled, w.reenrollment, w."enrollmentFilterGroups" AS groups,
            EXISTS (SELECT 1 FROM "WorkflowAction" a WHERE a."workflowId" = w.id) AS "hasActions"
     FROM "Workflow" w ORDER BY w.id`,
  );
  const legacyOf = new Map(before.map((r) => [r.id, r.legacy]));
  migrated = after.map((w) => ({ ...w, legacy: legacyOf.get(w.id) }));
});

/** The decision before groups: skipReason's checks with the hidden chat/Messenger rule. */
function legacyDecision(w: Migrated, ticket: TicketSnapshot): boolean {
  if (!w.enabled || !w.hasActions) return false;
  const filters = Array.isArray(w.legacy) ? (w.legacy as EnrollmentFilter[]) : null;
  if (!filters || !legacyEnrols(ticket, filters)) return false;
  return w.reenrollment || !ticket.enrolledWorkflowIds.includes(w.id);
}

/** The engine's decision on the migrated row, parsed as the pipeline loader parses it. */
function engineDecision(w: Migrated, ticket: TicketSnapshot): boolean {
  const workflow = aWorkflow({
    workflowId: w.id,
    name: w.name,
    statusId: "st-target",
    enabled: w.enabled,
    reenrollment: w.reenrollment,
    hasActions: w.hasActions,
    enrollmentFilterGroups: parseEnrollmentFilterGroups(w.groups),
  });
  const [effect] = statusActionEffects(ticket, aPipeline({ statusWorkflows: [workflow] }), "st-target", 1);
  return effect?.type === "enroll";
}

describe("migration to enrollment filter groups", () => {
  it("covers every seeded workflow and every legacy filter shape", () => {
    expect(migrated.filter((w) => w.id.startsWith("wf_legacy_"))).toHaveLength(LEGACY_FILTER_CASES.length + 3);
    expect(migrated.length).toBeGreaterThan(LEGACY_FILTER_CASES.length + 10);
  });

  it("decides as before for every workflow × source × priority × owner × enrolled before", () => {
    let compared = 0;
    const differences: string[] = [];
    for (const w of migrated) {
      for (const source of Object.values(TicketSource)) {
        for (const priority of Object.values(Priority)) {
          for (const ownerId of ownerIds) {
            for (const enrolledWorkflowIds of [[], [w.id]]) {
              const ticket = aTicket({ source, priority, ownerId, enrolledWorkflowIds });
              compared += 1;
              if (legacyDecision(w, ticket) !== engineDecision(w, ticket))
                differences.push(`${w.name} ${source} ${priority} ${ownerId} ${enrolledWorkflowIds.length}`);
            }
          }
        }
      }
    }
    expect(differences).toEqual([]);
    expect(compared).toBe(migrated.length * 8 * 4 * 3 * 2);
    // Not vacuous: both answers occur, chat tickets included.
    const chat = aTicket({ source: "CHAT" });
    expect(migrated.some((w) => engineDecision(w, chat))).toBe(true);
    expect(migrated.some((w) => !engineDecision(w, chat))).toBe(true);
  });

  it("writes what groupsFromLegacyFilters says (SQL and TypeScript agree), the default exclusion for seeded workflows", () => {
    for (const w of migrated) {
      if (Array.isArray(w.legacy)) {
        expect(w.groups).toEqual(groupsFromLegacyFilters(w.legacy as EnrollmentFilter[]));
      } else {
        expect(parseEnrollmentFilterGroups(w.groups)).toEqual([
          [{ property: "source", operator: "is_any_of", value: [] }],
        ]);
      }
    }
    const seeded = migrated.filter((w) => !w.id.startsWith("wf_legacy_"));
    expect(seeded.map((w) => w.groups)).toEqual(seeded.map(() => DEFAULT_FILTER_GROUPS));
  });

  it("gives a new workflow the visible default exclusion (the column default)", async () => {
    const created = await db.workflow.create({
      data: { id: newId(), name: "After the migration", kind: "CUSTOM", trigger: "TICKET_CREATED" },
      select: { enrollmentFilterGroups: true },
    });
    expect(created.enrollmentFilterGroups as unknown as EnrollmentFilterGroup[]).toEqual(DEFAULT_FILTER_GROUPS);
  });
});
