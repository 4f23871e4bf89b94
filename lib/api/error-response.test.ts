import { describe, expect, it } from "vitest";
import { errorResponse } from "./error-response";

const pgError = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("a database outage at the API's edge", () => {
  it("a route handler's error response is 503 UNAVAILABLE with Retry-After, not 500", async () => {
    const response = errorResponse(pgError("57P01", "terminating connection due to administrator command"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await response.json()).error.code).toBe("UNAVAILABLE");
  });
});
