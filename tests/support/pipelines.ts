// Builds pipelines and tickets of a test's own, so tests never depend on each other's changes.
import { db } from "@/lib/db";
import { createPipelineAction } from "@/lib/pipelines/actions";
import { actAs } from "./users";
import { newId } from "@/lib/db/ids";

let serial = 0;
export const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${serial++}`;

export async function newPipeline(name = uniqueName("Pipeline")) {
  await actAs("SUPER_ADMIN");
  const result = await createPipelineAction({ name });
  if (!result.ok) throw new Error(result.error.message);
  return db.pipeline.findUniqueOrThrow({
    where: { id: result.data.id },
    select: {
      id: true,
      name: true,
      statuses: { orderBy: { displayOrder: "asc" }, select: { id: true, label: true, state: true } },
    },
  });
}
export type TestPipeline = Awaited<ReturnType<typeof newPipeline>>;

export const statusOf = (pipeline: TestPipeline, label: string) => pipeline.statuses.find((s) => s.label === label)!.id;

export async function newTickets(pipeline: TestPipeline, label: string, count: number) {
  const statusId = statusOf(pipeline, label);
  await db.ticket.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      id: newId(),
      subject: `${pipeline.name} ticket ${i}`,
      pipelineId: pipeline.id,
      statusId,
    })),
  });
  return db.ticket.findMany({ where: { statusId }, orderBy: { id: "asc" } });
}

/** Runs `body` (PL/pgSQL) before every `operation` on `table` until the returned undo runs. */
export async function installTrigger(
  table: string,
  operation: "INSERT" | "UPDATE" | "DELETE",
  name: string,
  body: string,
) {
  await db.$executeRawUnsafe(
    `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} END $$`,
  );
  await db.$executeRawUnsafe(
    `CREATE TRIGGER ${name} BEFORE ${operation} ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`,
  );
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${name} ON "${table}"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${name}()`);
  };
}

/** Makes every `operation` on `table` fail inside the database (to prove rollbacks). */
export const failNext = (table: string, operation: "INSERT" | "UPDATE" | "DELETE", name: string) =>
  installTrigger(table, operation, name, "RAISE EXCEPTION 'injected failure';");
