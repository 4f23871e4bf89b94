// The name a statement is prepared under, per connection or database: derived from its text,
// so the same statement is prepared once, and a different one never collides.
import crypto from "node:crypto";
import type pg from "pg";

export function statementName(text: string): string {
  return `tf_${crypto.createHash("sha1").update(text).digest("base64url").slice(0, 24)}`;
}

/** pg's query for a statement: one with parameters is prepared once per connection under its
 *  name, in and out of transactions. The hot paths (the events' transaction, the worker's claim,
 *  a step's load, template and loop-guard reads) run a few fixed statements, which PostgreSQL then
 *  neither re-parses nor, after a few runs, re-plans: planning a step's load alone took ~3 ms. */
export function preparedStatement(text: string, params?: unknown[]): pg.QueryConfig {
  return params?.length ? { name: statementName(text), text, values: params } : { text, values: params };
}
