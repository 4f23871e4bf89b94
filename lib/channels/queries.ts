import "server-only";
import { db } from "@/lib/db";

const channelSelect = {
  id: true,
  type: true,
  name: true,
  address: true,
  createsTickets: true,
  pipelineId: true,
  statusId: true,
  ownerId: true,
} as const;

const placeSelect = { pipeline: { select: { name: true } }, status: { select: { label: true } } } as const;

/** With where each channel's tickets go, for Settings > Channels (the API spells out its own fields). */
export function listChannels() {
  return db.channel.findMany({ orderBy: { name: "asc" }, select: { ...channelSelect, ...placeSelect } });
}

/** One channel's settings, with the version its form sends back. */
export function findChannel(id: string) {
  return db.channel.findUnique({ where: { id }, select: { ...channelSelect, version: true } });
}

/** SPEC §2: the channels that create tickets into this pipeline. */
export function listConnectedChannels(pipelineId: string) {
  return db.channel.findMany({
    where: { pipelineId, createsTickets: true },
    orderBy: { name: "asc" },
    select: { ...channelSelect, status: { select: { label: true } } },
  });
}
