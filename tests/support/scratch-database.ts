// A throw-away PostgreSQL database on a server the tests and benchmarks may use
// (tf_<purpose>_<random>), created empty or from a template, and dropped afterwards.
import crypto from "node:crypto";
import pg from "pg";

export function databaseUrl(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface ScratchDatabase {
  name: string;
  url: string;
  /** Drops it, ending connections still open (pools opened by lib/db log that, not crash). */
  drop(): Promise<void>;
}

export async function createScratchDatabase(
  server: string,
  prefix: string,
  options: { template?: string } = {},
): Promise<ScratchDatabase> {
  const name = `${prefix}_${crypto.randomBytes(6).toString("hex")}`;
  const template = options.template ? ` TEMPLATE "${options.template}"` : "";
  await adminQuery(server, `CREATE DATABASE "${name}"${template}`);
  return {
    name,
    url: databaseUrl(server, name),
    drop: () => adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
