// A column's keyset cursor: the last card's (createdAt, id), so "Load more" stays an index
// range scan however deep the column is, and pages stay stable while tickets come and go.
import "server-only";
import { AppError } from "@/lib/errors";

export interface BoardCursor {
  createdAtMs: number;
  id: string;
  /** Sorted by SLA: the last card's next due time (null: none runs, the end of the order). */
  slaDueMs?: number | null;
}

export function encodeBoardCursor(cursor: BoardCursor): string {
  const parts =
    cursor.slaDueMs === undefined ? [cursor.createdAtMs, cursor.id] : [cursor.createdAtMs, cursor.id, cursor.slaDueMs];
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

export function decodeBoardCursor(text: string): BoardCursor {
  try {
    const parts = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown[];
    const [createdAtMs, id, slaDueMs] = parts;
    if (typeof createdAtMs !== "number" || !Number.isFinite(createdAtMs) || typeof id !== "string") {
      throw new Error("bad cursor");
    }
    if (parts.length === 2) return { createdAtMs, id };
    if (slaDueMs !== null && (typeof slaDueMs !== "number" || !Number.isFinite(slaDueMs)))
      throw new Error("bad cursor");
    return { createdAtMs, id, slaDueMs };
  } catch {
    throw new AppError("BAD_REQUEST", "The cursor is not valid.", [
      { path: ["cursor"], message: "Not a cursor from this board" },
    ]);
  }
}
