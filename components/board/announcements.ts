// What a screen reader hears while a card is dragged (dnd-kit's live region).
import type { Announcements, ScreenReaderInstructions } from "@dnd-kit/core";
import type { BoardCard } from "@/lib/tickets/board-schemas";

export interface CardDragData {
  card: BoardCard;
  fromStatusId: string;
}

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    "Press Enter to open this ticket. To move it, press Space, use the left and right arrow keys to choose " +
    "a column, then press Space to drop it there, or Escape to cancel.",
};

/** `refusalOf`: why the pipeline rules keep the dragged card out of a column (null: they do not). */
export function boardAnnouncements(
  labelOf: (statusId: string) => string,
  refusalOf: (statusId: string) => string | null = () => null,
): Announcements {
  const subject = (data: unknown) => `ticket "${(data as CardDragData | undefined)?.card.subject ?? ""}"`;
  const fromId = (data: unknown) => (data as CardDragData | undefined)?.fromStatusId ?? "";
  const from = (data: unknown) => labelOf(fromId(data));
  return {
    onDragStart: ({ active }) => `Picked up ${subject(active.data.current)} in column ${from(active.data.current)}.`,
    onDragOver: ({ active, over }) => {
      if (!over) return `${subject(active.data.current)} is not over a column.`;
      const refusal = refusalOf(String(over.id));
      const why = refusal ? ` Not allowed here: ${refusal.replace(/^Not moved: /, "")}` : "";
      return `${subject(active.data.current)} is over column ${labelOf(String(over.id))}.${why}`;
    },
    onDragEnd: ({ active, over }) =>
      over && String(over.id) !== fromId(active.data.current)
        ? `Moving ${subject(active.data.current)} to column ${labelOf(String(over.id))}.`
        : `${subject(active.data.current)} was dropped back in column ${from(active.data.current)}.`,
    onDragCancel: ({ active }) =>
      `Moving cancelled: ${subject(active.data.current)} stays in column ${from(active.data.current)}.`,
  };
}
