import { Suspense } from "react";
import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { requirePageUser } from "@/lib/auth/page-guard";
import type { Actor } from "@/lib/auth/policy";
import { filtersFromParams } from "@/lib/tickets/board-schemas";
import { loadBoard } from "@/lib/tickets/load-board";
import { BoardPage } from "@/components/board/board-page";
import { BoardSkeleton } from "@/components/board/board-skeleton";
import { dehydrateBoard } from "@/components/board/hydrate-board";

export const metadata: Metadata = { title: "Tickets · Ticketflow" };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function TicketsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  // The skeleton streams at once; the columns follow when their queries answer.
  return (
    <Suspense fallback={<BoardSkeleton />}>
      <Board searchParams={searchParams} user={user} />
    </Suspense>
  );
}

async function Board({ searchParams, user }: { searchParams: Promise<SearchParams>; user: Actor }) {
  const params = await searchParams;
  const filters = filtersFromParams((name) => first(params[name]));
  const board = await loadBoard(first(params.pipelineId), filters, user);
  if (!board)
    return <p className="text-muted-foreground">There is no pipeline yet. An admin can create one in Settings.</p>;
  return (
    <>
      <h1 className="sr-only">Tickets: {board.pipeline.name}</h1>
      <HydrationBoundary state={dehydrateBoard(board, filters)}>
        <BoardPage pipelines={board.pipelines} pipeline={board.pipeline} owners={board.owners} />
      </HydrationBoundary>
    </>
  );
}
