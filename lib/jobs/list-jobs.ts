// Settings > Jobs, the read side: durable side effects that are waiting, retrying or FAILED,
// newest first, keyset-paginated on (createdAt, id). Checked against the policy inside.
import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { assertCan } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";

export const JOB_FILTERS = ["attention", "failed", "retrying", "pending"] as const;
export type JobFilter = (typeof JOB_FILTERS)[number];

export const ZListJobs = z.object({
  state: z.enum(JOB_FILTERS).catch("attention").default("attention"),
  cursor: z.string().max(200).optional().catch(undefined),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TListJobs = z.input<typeof ZListJobs>;

const RETRYING: Prisma.JobWhereInput = { state: "PENDING", attempts: { gt: 0 } };

const FILTER_WHERE: Record<JobFilter, Prisma.JobWhereInput> = {
  attention: { OR: [{ state: "FAILED" }, RETRYING] },
  failed: { state: "FAILED" },
  retrying: RETRYING,
  pending: { state: "PENDING" },
};

/** The cursor is the last row's "createdAt|id"; anything unreadable starts from the top. */
function afterCursor(cursor: string | undefined): Prisma.JobWhereInput {
  const [iso, id] = cursor?.split("|") ?? [];
  const createdAt = iso ? new Date(iso) : null;
  if (!createdAt || Number.isNaN(createdAt.getTime()) || !id) return {};
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}

export async function listJobs(actor: Actor, query: TListJobs = {}) {
  assertCan(actor, "jobs.view");
  const { state, cursor, limit } = ZListJobs.parse(query);
  const rows = await db.job.findMany({
    where: { AND: [FILTER_WHERE[state], afterCursor(cursor)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      type: true,
      state: true,
      attempts: true,
      maxAttempts: true,
      lastError: true,
      runAt: true,
      createdAt: true,
      ticketId: true,
      ticket: { select: { subject: true } },
    },
  });
  const jobs = rows.slice(0, limit).map(({ ticket, ...job }) => ({ ...job, ticketSubject: ticket?.subject ?? null }));
  const last = jobs.at(-1);
  const nextCursor = rows.length > limit && last ? `${last.createdAt.toISOString()}|${last.id}` : null;
  return { jobs, nextCursor };
}
export type JobRow = Awaited<ReturnType<typeof listJobs>>["jobs"][number];
