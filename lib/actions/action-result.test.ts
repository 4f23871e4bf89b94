import { describe, expect, it } from "vitest";
import { toActionError } from "./action-result";

describe("a database outage in a server action", () => {
  it("returns UNAVAILABLE with status 503, not a generic 500", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(toActionError(refused).error).toMatchObject({ code: "UNAVAILABLE", status: 503 });
  });
});
