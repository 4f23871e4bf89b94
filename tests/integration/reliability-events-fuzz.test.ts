// Fuzz: 10,000 hostile requests (fixed seed) against the events route handler, sent over HTTP
// through the production server's dispatch and adapter (tests/support/over-http.ts).
// Each one must be refused with a 4xx and the error shape, nothing may be written, the handler
// never throws and no prototype gets polluted. `npm run soak` runs 100,000 (FUZZ_RUNS).
import fc from "fast-check";
import { expect, it } from "vitest";
// The route module registers its handler as the production server's direct route.
import "@/app/api/v1/events/route";
import { rowCounts } from "../support/engine-fixtures";
import { hostileCase, hostileRequest } from "../support/hostile-events";
import { sendToServer } from "../support/over-http";

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

it(`refuses ${RUNS} hostile event requests with a 4xx, writes nothing and never throws`, async () => {
  const before = await rowCounts();
  const defects = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(hostileCase, async (c) => {
      const response = await sendToServer(hostileRequest(c));
      defects.set(c.defect, (defects.get(c.defect) ?? 0) + 1);
      expect(response.status, c.defect).toBeGreaterThanOrEqual(400);
      expect(response.status, c.defect).toBeLessThan(500);
      const body = await response.json();
      expect(body.error.code, c.defect).toEqual(expect.any(String));
    }),
    { numRuns: RUNS, seed: 20_260_307, endOnFailure: true },
  );
  expect(await rowCounts()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(defects.size).toBe(8); // every kind of defect was tried
}, 600_000);
