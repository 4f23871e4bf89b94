// Which conversation a reply belongs to. Every message we store or send keeps its Message-ID
// (Message.messageId, in angle brackets), and every email we send carries In-Reply-To and
// References, so a reply names messages of its thread: the one it answers (In-Reply-To) and
// its ancestors (References, oldest first). The first of those we know — In-Reply-To, then
// References from the newest — decides the thread; none known: a new conversation.
import "server-only";
import { oneRow, sql, type Sql } from "@/lib/db/sql";
import type { InboundEmail } from "./parse";

/** The ids to look up, most telling first. */
export function threadCandidates(email: Pick<InboundEmail, "inReplyTo" | "references">): string[] {
  const ids = [...(email.inReplyTo ? [email.inReplyTo] : []), ...[...email.references].reverse()];
  return [...new Set(ids)].slice(0, 100);
}

/** The threadKey of the known thread this email replies to, or null. */
export async function matchThreadKey(
  executor: Sql,
  email: Pick<InboundEmail, "inReplyTo" | "references">,
): Promise<string | null> {
  const candidates = threadCandidates(email);
  if (candidates.length === 0) return null;
  const row = await oneRow<{ threadKey: string }>(
    executor,
    sql`
    SELECT th."threadKey"
    FROM jsonb_array_elements_text(${JSON.stringify(candidates)}::jsonb) WITH ORDINALITY AS ref(id, position)
    JOIN "Message" m ON m."messageId" IN (ref.id, btrim(ref.id, '<>')) -- events may store ids without brackets
    JOIN "Thread" th ON th.id = m."threadId"
    ORDER BY ref.position
    LIMIT 1`,
  );
  return row?.threadKey ?? null;
}
