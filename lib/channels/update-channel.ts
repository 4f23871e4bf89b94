// Saves a channel's ticket-creation settings (SPEC §2): version check, the status must belong to
// the chosen pipeline and the owner must be an active user, and every change goes to History.
import "server-only";
import { db } from "@/lib/db";
import { AppError, staleVersionError, type FieldIssue } from "@/lib/errors";
import { diffFields, recordChanges, type ChangeActor } from "@/lib/history/record-change";
import type { TChannelSettings } from "./schemas";
import type { Tx } from "@/lib/db/tx";
import { createRuleRefusal, planAllows } from "@/lib/automation";
import { readPipelineRules } from "@/lib/pipeline-reads/pipeline-rules-json";

const FIELDS = ["createsTickets", "pipelineId", "statusId", "ownerId"] as const;

export const channelScope = (channelId: string) => `channel:${channelId}`;

export async function updateChannel(actor: ChangeActor, input: TChannelSettings): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const channel = await tx.channel.findUnique({
      where: { id: input.channelId },
      select: { version: true, createsTickets: true, pipelineId: true, statusId: true, ownerId: true },
    });
    if (!channel) throw new AppError("NOT_FOUND", "This channel does not exist any more.");
    if (channel.version !== input.expectedVersion) throw staleVersionError();
    await assertTargetsExist(tx, input);
    // Choosing a status the creation limit does not allow is refused; one that was chosen before
    // the rule came is kept (and flagged on the page) until someone changes it.
    if (input.statusId !== channel.statusId || input.pipelineId !== channel.pipelineId) {
      await assertCreationStatusAllowed(tx, input);
    }

    const data = {
      createsTickets: input.createsTickets,
      pipelineId: input.pipelineId,
      statusId: input.statusId,
      ownerId: input.ownerId,
    };
    const { count } = await tx.channel.updateMany({
      where: { id: input.channelId, version: input.expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersionError();
    await recordChanges(tx, actor, {
      scope: channelScope(input.channelId),
      entityType: "channel",
      entityId: input.channelId,
      changes: diffFields(channel, data, FIELDS),
    });
    return { version: input.expectedVersion + 1 };
  });
}

/** SPEC §8: channels obey "Limit the statuses a ticket can be created in" (from Professional). */
async function assertCreationStatusAllowed(tx: Tx, input: TChannelSettings): Promise<void> {
  if (!input.pipelineId || !input.statusId || !input.createsTickets) return;
  const account = await tx.account.findFirst({ select: { planTier: true } });
  if (!planAllows(account?.planTier ?? "ENTERPRISE", "pipelineRules")) return;
  const [rules, statuses] = await Promise.all([
    readPipelineRules(input.pipelineId, tx),
    tx.pipelineStatus.findMany({
      where: { pipelineId: input.pipelineId },
      select: { id: true, label: true, displayOrder: true, state: true },
    }),
  ]);
  const refusal = createRuleRefusal({ statuses }, rules, input.statusId);
  if (refusal) throw new AppError("PIPELINE_RULE", refusal, [{ path: ["statusId"], message: refusal }]);
}

async function assertTargetsExist(tx: Tx, input: TChannelSettings): Promise<void> {
  const issues: FieldIssue[] = [];
  const [pipeline, status, owner] = await Promise.all([
    input.pipelineId ? tx.pipeline.findUnique({ where: { id: input.pipelineId }, select: { id: true } }) : null,
    input.statusId
      ? tx.pipelineStatus.findUnique({ where: { id: input.statusId }, select: { pipelineId: true } })
      : null,
    input.ownerId ? tx.user.findFirst({ where: { id: input.ownerId, active: true }, select: { id: true } }) : null,
  ]);
  if (input.pipelineId && !pipeline) issues.push({ path: ["pipelineId"], message: "This pipeline does not exist" });
  if (input.statusId && status?.pipelineId !== input.pipelineId) {
    issues.push({ path: ["statusId"], message: "Choose a status of the chosen pipeline" });
  }
  if (input.ownerId && !owner)
    issues.push({ path: ["ownerId"], message: "This user does not exist or is deactivated" });
  if (issues.length > 0) throw new AppError("BAD_REQUEST", "Check the highlighted fields.", issues);
}
