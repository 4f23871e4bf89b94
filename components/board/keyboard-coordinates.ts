// Keyboard dragging between columns: with a card picked up (Space or Enter), the left and right
// arrows jump to the previous or next column; the card's own position inside one does not
// matter (columns are ordered by create date). The column reached is remembered here rather
// than read back from dnd-kit's `over`, which lags a render behind quick key presses.
import { KeyboardCode, type KeyboardCoordinateGetter, type UniqueIdentifier } from "@dnd-kit/core";

const STEP: Partial<Record<string, -1 | 1>> = { [KeyboardCode.Left]: -1, [KeyboardCode.Right]: 1 };
const INSET = 8;

export interface ColumnKeyboard {
  coordinateGetter: KeyboardCoordinateGetter;
  /** Call when a drag starts: the next arrow starts from the card's own column. */
  reset(): void;
}

export function columnKeyboard(): ColumnKeyboard {
  let reached: UniqueIdentifier | null = null;
  const coordinateGetter: KeyboardCoordinateGetter = (event, { context }) => {
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
    const from =
      reached ?? over?.id ?? columns.find((c) => centre >= c.rect.left && centre <= c.rect.left + c.rect.width)?.id;
    const target = columns[columns.findIndex((column) => column.id === from) + step];
    if (!target) return undefined;
    reached = target.id;
    return { x: target.rect.left + INSET, y: target.rect.top + INSET };
  };
  return { coordinateGetter, reset: () => (reached = null) };
}
