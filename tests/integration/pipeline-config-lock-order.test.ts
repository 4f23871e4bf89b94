// A structure change (it locks the pipeline's row, then writes its statuses) and another admin's
// configuration change (its first statement takes the configuration version's row, then it adds a
// row that refers to the pipeline) at the same moment: both commit, one after the other. Had the
// structure change locked the pipeline's row before the version's, each would wait for the other
// and PostgreSQL would refuse one as a deadlock. PostgreSQL only: PGlite runs one transaction at a
// time, so the two never interleave there.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newId } from "@/lib/db/ids";
import { lockPipeline } from "@/lib/pipelines/structure-tx";
import { seededPipeline } from "../support/engine-fixtures";
import { postgresServerUrl } from "../support/test-database";

const signal = () => {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fire, fired };
};
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe.skipIf(!postgresServerUrl())("configuration locks, taken in one order", () => {
  it("a structure change and another configuration change of the same pipeline both commit", async () => {
    const support = await seededPipeline();
    const locked = signal();
    const bumped = signal();

    const structure = db.$transaction(async (tx) => {
      await lockPipeline(tx, support.id);
      locked.fire();
      // Give the other change its first statement; in the right order it waits for this one.
      await Promise.race([bumped.fired, pause(1_500)]);
      await tx.pipelineStatus.update({ where: { id: support.status("New") }, data: { label: "New" } });
      return "structure committed";
    });
    await locked.fired;
    const configuration = db.$transaction(async (tx) => {
      await tx.pipelineAutomation.update({ where: { pipelineId: support.id }, data: { closeDateAutomation: true } });
      bumped.fire();
      await tx.pipelineStatus.create({
        data: { id: newId(), pipelineId: support.id, label: "Lock order", displayOrder: 99, state: "OPEN" },
      });
      return "configuration committed";
    });

    const outcomes = await Promise.allSettled([structure, configuration]);
    expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : String(o.reason)))).toEqual([
      "structure committed",
      "configuration committed",
    ]);
    await db.pipelineStatus.deleteMany({ where: { pipelineId: support.id, label: "Lock order" } });
  });
});
