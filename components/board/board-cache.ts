// Pure edits of the board's cached pages, for the optimistic move: take a card out of one
// column, put it into another where the server would list it (newest first), shift counts.
import type { InfiniteData } from "@tanstack/react-query";
import type { BoardCard, BoardColumnPage, BoardCounts } from "@/lib/tickets/board-schemas";

export type ColumnData = InfiniteData<BoardColumnPage, string | null>;

function mapPages(data: ColumnData, edit: (cards: BoardCard[], index: number) => BoardCard[]): ColumnData {
  return { ...data, pages: data.pages.map((page, index) => ({ ...page, cards: edit(page.cards, index) })) };
}

export function removeCard(data: ColumnData | undefined, cardId: string): ColumnData | undefined {
  return data && mapPages(data, (cards) => cards.filter((card) => card.id !== cardId));
}

/** Newest first, ties by id descending: the order of the column query. */
function listedBefore(a: BoardCard, b: BoardCard): boolean {
  return a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);
}

/**
 * Into the page where it sorts. A card older than everything loaded goes at the end of the
 * last page, so the agent sees where it went even before "Load more".
 */
export function insertCard(data: ColumnData | undefined, card: BoardCard): ColumnData | undefined {
  if (!data) return data;
  const pageIndex = data.pages.findIndex((page) => page.cards.some((other) => listedBefore(card, other)));
  const target = pageIndex === -1 ? data.pages.length - 1 : pageIndex;
  return mapPages(data, (cards, index) => {
    if (index !== target) return cards;
    const at = cards.findIndex((other) => listedBefore(card, other));
    return at === -1 ? [...cards, card] : [...cards.slice(0, at), card, ...cards.slice(at)];
  });
}

export function patchCard(
  data: ColumnData | undefined,
  cardId: string,
  patch: Partial<BoardCard>,
): ColumnData | undefined {
  return data && mapPages(data, (cards) => cards.map((card) => (card.id === cardId ? { ...card, ...patch } : card)));
}

export function findCard(data: ColumnData | undefined, cardId: string): BoardCard | undefined {
  return data?.pages.flatMap((page) => page.cards).find((card) => card.id === cardId);
}

export function shiftCount(counts: BoardCounts | undefined, from: string, to: string): BoardCounts | undefined {
  if (!counts) return counts;
  return { ...counts, [from]: Math.max(0, (counts[from] ?? 0) - 1), [to]: (counts[to] ?? 0) + 1 };
}
