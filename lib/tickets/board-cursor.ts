// A column's keyset cursor: the last card's (createdAt, id), so "Load more" stays an index
// range scan however deep the column is, and pages stay stable while tickets come and go.
import "server-only";
import { AppError } from "@/lib/errors";

export interface BoardCursor {
  createdAtMs: number;
  id: string;
}

export function encodeBoardCursor(cursor: BoardCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAtMs, cursor.id])).toString("base64url");
}

export function decodeBoardCursor(text: string): BoardCursor {
  try {
    const [createdAtMs, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown[];
    if (typeof createdAtMs !== "number" || !Number.isFinite(createdAtMs) || typeof id !== "string") {
      throw new Error("bad cursor");
    }
    return { createdAtMs, id };
  } catch {
    throw new AppError("BAD_REQUEST", "The cursor is not valid.", [
      { path: ["cursor"], message: "Not a cursor from this board" },
    ]);
  }
}
