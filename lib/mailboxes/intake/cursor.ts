// Which messages of the folder to file (issue 18 item 2), decided from the stored cursor and what
// the server says of the folder (UIDVALIDITY, UIDNEXT). Pure. The cursor's meaning:
//   filedUid   every message with a UID up to it has been filed (or was there before intake began)
//   settledUid every message up to it has been flagged \Seen or moved (after filing, never before)
//   startUid   the last UID in the folder when intake began: up to it is old mail ("import existing")
// A UIDVALIDITY other than the stored one means the UIDs were renumbered: the old numbers say
// nothing, so the folder is re-read from the time intake began and Message-ID idempotency keeps
// what was filed from being filed again.

export interface StoredCursor {
  uidValidity: bigint | null;
  filedUid: bigint;
  settledUid: bigint;
  startUid: bigint;
  intakeSince: Date | null;
}

export interface FolderStatus {
  uidValidity: bigint;
  /** The UID the next message will get (every existing message's UID is lower). */
  uidNext: bigint;
}

export type SyncStart =
  /** First sight of this folder: what is there now is old mail (imported only when asked). */
  | { kind: "begin"; cursor: StoredCursor }
  /** Renumbered: read every message received since `since`, skipping those already filed. */
  | { kind: "resync"; cursor: StoredCursor; since: Date }
  | { kind: "continue"; cursor: StoredCursor };

export function startSync(stored: StoredCursor, folder: FolderStatus, now: Date): SyncStart {
  if (stored.uidValidity === null) {
    const last = folder.uidNext > 0n ? folder.uidNext - 1n : 0n;
    return {
      kind: "begin",
      cursor: { uidValidity: folder.uidValidity, filedUid: last, settledUid: last, startUid: last, intakeSince: now },
    };
  }
  if (stored.uidValidity !== folder.uidValidity) {
    const since = stored.intakeSince ?? now;
    return {
      kind: "resync",
      // Which of the renumbered messages are old is not known: an import reads the whole folder
      // (what was filed is met again as a duplicate by Message-ID).
      cursor: {
        uidValidity: folder.uidValidity,
        filedUid: 0n,
        settledUid: 0n,
        startUid: folder.uidNext > 0n ? folder.uidNext - 1n : 0n,
        intakeSince: since,
      },
      since,
    };
  }
  return { kind: "continue", cursor: stored };
}

/** An IMAP UID set for the UIDs after `after` up to `upTo` (null: to the end), or null if empty. */
export function uidRangeAfter(after: bigint, upTo: bigint | null): string | null {
  const first = after + 1n;
  if (upTo !== null && upTo < first) return null;
  return `${first}:${upTo === null ? "*" : upTo}`;
}

/** The UIDs to file now, ascending: above the cursor (the server answers `n:*` with the last
 *  message even when its UID is below n, so the list is filtered, not trusted). */
export function uidsToFile(seen: readonly bigint[], filedUid: bigint, upTo: bigint | null = null): bigint[] {
  return [...new Set(seen)]
    .filter((uid) => uid > filedUid && (upTo === null || uid <= upTo))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
