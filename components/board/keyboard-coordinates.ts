// Keyboard dragging between columns: with a card picked up (Space or Enter), the left and right
// arrows jump to the previous or next column; the card's own position inside one does not
// matter (columns are ordered by create date).
import { KeyboardCode, type KeyboardCoordinateGetter } from "@dnd-kit/core";

const STEP: Partial<Record<string, -1 | 1>> = { [KeyboardCode.Left]: -1, [KeyboardCode.Right]: 1 };
const INSET = 8;

export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const step = STEP[event.code];
  if (step === undefined) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!collisionRect) return undefined;
  const columns = droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [{ id: container.id, rect }] : [];
    })
    .sort((a, b) => a.rect.left - b.rect.left);
  const centre = collisionRect.left + collisionRect.width / 2;
  const current = over
    ? columns.findIndex((column) => column.id === over.id)
    : columns.findIndex((column) => centre >= column.rect.left && centre <= column.rect.left + column.rect.width);
  const target = columns[current + step];
  return target ? { x: target.rect.left + INSET, y: target.rect.top + INSET } : undefined;
};
