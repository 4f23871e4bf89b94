// The same event id posted 1,000 times, 50 in flight at a time (issue 7; events-idempotency
// covers one burst of 50): one ticket, one message, one IngestedEvent, one enrolment and job,
// 999 duplicates carrying the first result.
import { expect, it } from "vitest";
import { channelNamed, rowCounts } from "../support/engine-fixtures";
import { messageEvent, postEvent } from "../support/events";

const POSTS = 1_000;
const IN_FLIGHT = 50;

it(`applies one event posted ${POSTS} times, ${IN_FLIGHT} at once, exactly once`, async () => {
  const event = messageEvent({ channelId: (await channelNamed("Support inbox")).id });
  const before = await rowCounts();
  const results: { status: number; body: { duplicate: boolean; ticketId: string } }[] = [];
  for (let sent = 0; sent < POSTS; sent += IN_FLIGHT) {
    results.push(...(await Promise.all(Array.from({ length: IN_FLIGHT }, () => postEvent(event)))));
  }
  expect(results.filter((r) => r.status !== 200)).toEqual([]);
  expect(results.filter((r) => !r.body.duplicate)).toHaveLength(1);
  expect(new Set(results.map((r) => r.body.ticketId)).size).toBe(1);
  const after = await rowCounts();
  const added = Object.fromEntries(
    Object.entries(after).map(([table, n]) => [table, n - before[table as keyof typeof before]]),
  );
  expect(added).toMatchObject({ tickets: 1, messages: 1, events: 1, threads: 1, contacts: 1, enrollments: 1, jobs: 1 });
}, 120_000);
