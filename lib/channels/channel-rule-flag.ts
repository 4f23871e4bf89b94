// SPEC §8 on a channel's settings page: a channel pointing at a status that the pipeline's
// "Limit the statuses a ticket can be created in" does not allow (the rule came after the channel
// was set up) is flagged, saying where its new tickets go instead (lib/automation channel-routing).
import "server-only";
import { channelCreationStatus, createRuleRefusal, findStatus, PIPELINE_RULE_LABEL } from "@/lib/automation";
import { db } from "@/lib/db";
import { readPipelineRules } from "@/lib/pipeline-reads/pipeline-rules-json";

export async function channelRuleFlag(channel: {
  createsTickets: boolean;
  pipelineId: string | null;
  statusId: string | null;
}): Promise<string | null> {
  if (!channel.createsTickets || !channel.pipelineId || !channel.statusId) return null;
  const [rules, statuses, account] = await Promise.all([
    readPipelineRules(channel.pipelineId),
    db.pipelineStatus.findMany({
      where: { pipelineId: channel.pipelineId },
      select: { id: true, label: true, displayOrder: true, state: true },
    }),
    db.account.findFirst({ select: { planTier: true } }),
  ]);
  const planTier = account?.planTier ?? "ENTERPRISE"; // as lib/account/current-plan.ts reads it
  const own = findStatus({ statuses }, channel.statusId);
  if (!own || createRuleRefusal({ statuses }, rules, own.id) === null) return null;
  const placed = channelCreationStatus({ statuses, rules }, own, planTier);
  const rule = `the pipeline rule "${PIPELINE_RULE_LABEL.createStatusIds}"`;
  if (placed === null)
    return `${rule} allows none of this pipeline's statuses: this channel's messages are stored without a ticket.`.replace(
      /^t/,
      "T",
    );
  if (!placed.instead) return null; // below Professional the rules do not bind
  return `This channel creates tickets in "${own.label}", which ${rule} does not allow: its new tickets go to "${placed.status.label}" instead. Choose an allowed status.`;
}
