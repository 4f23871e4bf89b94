// Ticket fields no automation rule reacts to (name, description, close date): a workflow sets
// them with a versioned update and a "property_changed" entry credited to the workflow. They
// enrol nothing, so no loop can run through them; status, owner and priority go through the
// engine instead (ticket-change.ts).
import "server-only";
import { newId } from "@/lib/db/ids";
import { oneRow, sql, utc, type Sql, type SqlFragment } from "@/lib/db/sql";
import type { StepContext, StepOutcome } from "./step-context";

export type PlainProperty = "subject" | "description" | "closeDate";

interface Field {
  label: string;
  /** The current value as text, from the locked row `o`. */
  read: SqlFragment;
  assign: (value: string | null) => SqlFragment;
}

const FIELDS: Record<PlainProperty, Field> = {
  subject: { label: "name", read: sql`o.subject`, assign: (v) => sql`subject = ${v}` },
  description: { label: "description", read: sql`o.description`, assign: (v) => sql`description = ${v}` },
  closeDate: {
    label: "close date",
    read: sql`to_char(o."closeDate", 'YYYY-MM-DD')`,
    assign: (v) => sql`"closeDate" = ${v}::date, "closeDateSetBy" = 'automation'`,
  },
};

export async function setPlainProperty(tx: Sql, step: StepContext, property: PlainProperty, value: string | null): Promise<StepOutcome> {
  const { label, read, assign } = FIELDS[property];
  const row = await oneRow<{ before: string | null; changed: boolean }>(tx, sql`
    WITH o AS (SELECT id, subject, description, "closeDate" FROM "Ticket" WHERE id = ${step.state.ticket.id} FOR UPDATE),
    u AS (
      UPDATE "Ticket" t SET ${assign(value)}, version = t.version + 1, "updatedAt" = ${utc(step.now)}
      FROM o WHERE t.id = o.id AND ${read} IS DISTINCT FROM ${value}::text
      RETURNING t.id)
    SELECT ${read} AS before, EXISTS (SELECT 1 FROM u) AS changed FROM o`);
  if (!row?.changed) return { result: "skipped", summary: `Skipped: the ticket's ${label} already had that value.`, detail: { reason: "unchanged" } };
  const summary = `Ticket ${label} changed from ${row.before ?? "none"} to ${value ?? "none"} by workflow "${step.state.workflow.name}".`;
  await oneRow(tx, sql`
    INSERT INTO "TimelineEntry" (id, "ticketId", kind, summary, detail, "ruleName", "eventId", "jobId", depth, "createdAt")
    VALUES (${newId()}, ${step.state.ticket.id}, 'property_changed', ${summary},
      ${JSON.stringify({ property, from: row.before, to: value })}::jsonb, ${step.state.workflow.name},
      ${step.job.payload.causeEventId}, ${step.job.id}, ${step.job.payload.depth}, ${utc(step.now)})
    RETURNING id`);
  return { result: "done", summary: `Set the ticket's ${label} to ${value ?? "none"}.`, detail: { property, value } };
}
