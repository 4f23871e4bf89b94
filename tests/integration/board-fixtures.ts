// Tickets of a board test's own: in a pipeline of the test's own, with chosen create times,
// owners, priorities and contacts, written in one statement.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { GET as getColumn } from "@/app/(app)/tickets/board/column/route";
import { GET as getCounts } from "@/app/(app)/tickets/board/counts/route";
import { statusOf, type TestPipeline } from "../support/pipelines";
import { newId } from "@/lib/db/ids";

const BASE = Date.parse("2026-01-01T00:00:00Z");

export async function ticketsIn(
  pipeline: TestPipeline,
  label: string,
  count: number,
  each: (i: number) => Partial<Prisma.TicketCreateManyInput> = () => ({}),
): Promise<string[]> {
  const data = Array.from({ length: count }, (_, i) => ({
    id: newId(),
    subject: `${label} ticket ${i}`,
    pipelineId: pipeline.id,
    statusId: statusOf(pipeline, label),
    createdAt: new Date(BASE + i * 60_000),
    ...each(i),
  }));
  await db.ticket.createMany({ data });
  return data.map((t) => t.id);
}

export function contact(name: string) {
  return db.contact.create({ data: { id: newId(), email: `${crypto.randomUUID()}@customer.example`, name } });
}

type Query = Record<string, string | number | undefined>;

function request(path: string, query: Query): Request {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return new Request(`http://localhost${path}?${params}`);
}

export async function columnPage(query: Query) {
  const response = await getColumn(request("/tickets/board/column", query));
  return { status: response.status, body: await response.json() };
}

export async function counts(query: Query) {
  const response = await getCounts(request("/tickets/board/counts", query));
  return { status: response.status, body: await response.json() };
}
