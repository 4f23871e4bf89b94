// The ticket record's "Test automation" panel: the engine's dry run (nothing written) of a
// chosen event on this ticket, in the panel's words.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { dryRunTicket } from "./dry-run";
import { ZDryRunEvent } from "./dry-run-schema";
import { toDryRunView, type DryRunView } from "./dry-run-view";

export const ZTestAutomation = z.object({ ticketId: z.string().min(1).max(200), event: ZDryRunEvent });
export type TTestAutomation = z.input<typeof ZTestAutomation>;

export async function testAutomation(actor: Actor, input: z.output<typeof ZTestAutomation>): Promise<DryRunView> {
  const result = await dryRunTicket(input.ticketId, input.event, actor);
  const statuses = await db.pipelineStatus.findMany({
    where: { pipelineId: result.before.pipelineId },
    select: { id: true, label: true },
  });
  const labels = new Map(statuses.map((s) => [s.id, s.label]));
  return toDryRunView(result, (id) => labels.get(id) ?? id);
}
