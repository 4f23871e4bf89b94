import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

const pgError = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["admin shutdown (restart)", pgError("57P01", "terminating connection due to administrator command")],
    ["starting up", pgError("57P03", "the database system is starting up")],
    ["connection exception class 08", pgError("08006")],
    ["refused socket", pgError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432")],
    ["reset socket", pgError("ECONNRESET")],
    ["pg's own message", new Error("Connection terminated unexpectedly")],
    ["Prisma P1001", pgError("P1001", "Can't reach database server")],
    ["Prisma P1017", pgError("P1017")],
    ["Prisma pool timeout P2024", pgError("P2024")],
    [
      "a driver adapter error kind",
      Object.assign(new Error("DriverAdapterError"), { cause: { kind: "ConnectionClosed" } }),
    ],
    ["wrapped in a cause", new Error("outer", { cause: pgError("57P01") })],
  ])("recognises %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", pgError("23505")],
    ["a NUL in text", pgError("22021")],
    ["Prisma's not found", pgError("P2025")],
    ["a plain bug", new TypeError("x is undefined")],
    ["nothing", undefined],
  ])("leaves %s alone", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("survives a cause cycle", () => {
    const a = new Error("a") as Error & { cause?: unknown };
    a.cause = a;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
