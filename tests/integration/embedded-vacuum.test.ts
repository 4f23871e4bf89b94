// The embedded database's vacuum (lib/db/embedded-vacuum.ts): PGlite has no autovacuum, so until
// it runs no page of a table is marked all-visible (no index-only scan can skip the heap).
import { describe, expect, it } from "vitest";
import { dbHandle } from "@/lib/db";
import { vacuumEmbedded } from "@/lib/db/embedded-vacuum";
import { newPipeline } from "../support/pipelines";
import { ticketsIn } from "./board-fixtures";

const allVisiblePages = async () =>
  (
    await dbHandle().sql.query<{ pages: number }>(
      `SELECT relallvisible AS pages FROM pg_class WHERE relname = 'Ticket'`,
    )
  )[0]!.pages;

describe("vacuumEmbedded", () => {
  it.runIf(dbHandle().kind === "pglite")("marks the embedded tables' pages all-visible", async () => {
    await ticketsIn(await newPipeline(), "New", 200);
    expect(await allVisiblePages()).toBe(0);
    await vacuumEmbedded(dbHandle());
    expect(await allVisiblePages()).toBeGreaterThan(0);
  });
});
