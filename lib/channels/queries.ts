import "server-only";
import { db } from "@/lib/db";

const channelSelect = {
  id: true, type: true, name: true, address: true, createsTickets: true, pipelineId: true, statusId: true, ownerId: true,
} as const;

export function listChannels() {
  return db.channel.findMany({ orderBy: { name: "asc" }, select: channelSelect });
}

/** SPEC §2: the channels that create tickets into this pipeline. */
export function listConnectedChannels(pipelineId: string) {
  return db.channel.findMany({
    where: { pipelineId, createsTickets: true },
    orderBy: { name: "asc" },
    select: { ...channelSelect, status: { select: { label: true } } },
  });
}
