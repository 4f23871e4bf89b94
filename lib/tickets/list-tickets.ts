// GET /api/v1/tickets: newest first, filtered by pipeline and/or status, in pages. The cursor
// is the last ticket's (createdAt, id), so pages stay stable while tickets are added.
// An unknown pipelineId or statusId (or a status of another pipeline) is a 404, as for
// GET /api/v1/tickets/:id: a filter naming nothing is a mistake worth reporting.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TListTicketsQuery } from "./schemas";
import { ticketDtoSelect, toTicketDto, type TicketDto } from "./ticket-dto";

interface Cursor {
  createdAt: Date;
  id: string;
}

function encodeCursor(ticket: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([ticket.createdAt.toISOString(), ticket.id])).toString("base64url");
}

function decodeCursor(cursor: string): Cursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const date = new Date(createdAt);
    if (typeof id !== "string" || Number.isNaN(date.getTime())) throw new Error("bad cursor");
    return { createdAt: date, id };
  } catch {
    throw new AppError("BAD_REQUEST", "The cursor is not valid.", [
      { path: ["cursor"], message: "Not a cursor from this API" },
    ]);
  }
}

async function assertFiltersExist(query: TListTicketsQuery): Promise<void> {
  const { pipelineId, statusId } = query;
  if (pipelineId && !(await db.pipeline.findUnique({ where: { id: pipelineId }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", `Pipeline ${pipelineId} not found.`);
  }
  if (statusId) {
    const status = await db.pipelineStatus.findUnique({ where: { id: statusId }, select: { pipelineId: true } });
    if (!status || (pipelineId && status.pipelineId !== pipelineId)) {
      throw new AppError("NOT_FOUND", `Status ${statusId} not found${pipelineId ? ` in pipeline ${pipelineId}` : ""}.`);
    }
  }
}

export async function listTickets(
  query: TListTicketsQuery,
): Promise<{ tickets: TicketDto[]; nextCursor: string | null }> {
  await assertFiltersExist(query);
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const where: Prisma.TicketWhereInput = {
    pipelineId: query.pipelineId,
    statusId: query.statusId,
    ...(after && {
      OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
    }),
  };
  const rows = await db.ticket.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: ticketDtoSelect,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    tickets: page.map((row) => toTicketDto(row)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}
