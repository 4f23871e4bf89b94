import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvForTests } from ".";

const saved = { ...process.env };

function parse(vars: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvForTests();
  return env();
}

afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

const PG = "postgresql://postgres@127.0.0.1:5432/app";

describe("TICKETFLOW_SERVER_WORKER", () => {
  it("is on by default, with either database", () => {
    expect(parse({ TICKETFLOW_SERVER_WORKER: undefined, DATABASE_URL: undefined }).TICKETFLOW_SERVER_WORKER).toBe(true);
    expect(parse({ TICKETFLOW_SERVER_WORKER: "", DATABASE_URL: PG }).TICKETFLOW_SERVER_WORKER).toBe(true);
    expect(parse({ TICKETFLOW_SERVER_WORKER: "on", DATABASE_URL: undefined }).TICKETFLOW_SERVER_WORKER).toBe(true);
  });

  it("can be turned off with PostgreSQL", () => {
    for (const off of ["off", "false", "0"]) {
      expect(parse({ TICKETFLOW_SERVER_WORKER: off, DATABASE_URL: PG }).TICKETFLOW_SERVER_WORKER).toBe(false);
    }
  });

  it("refuses off with the embedded database, naming the reason", () => {
    expect(() => parse({ TICKETFLOW_SERVER_WORKER: "off", DATABASE_URL: undefined })).toThrow(
      /TICKETFLOW_SERVER_WORKER: off needs DATABASE_URL \(PostgreSQL\)/,
    );
    expect(() => parse({ TICKETFLOW_SERVER_WORKER: "off", DATABASE_URL: "" })).toThrow(/needs DATABASE_URL/);
  });

  it("refuses a value it does not know", () => {
    expect(() => parse({ TICKETFLOW_SERVER_WORKER: "maybe", DATABASE_URL: PG })).toThrow(/TICKETFLOW_SERVER_WORKER/);
  });
});
