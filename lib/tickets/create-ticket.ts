// The new ticket form: checks what the form cannot (the status is the pipeline's and allowed by
// its rules' creation limit for this person, the owner is active), then writes the ticket through the engine's creation path (lib/tickets/new-ticket.ts)
// in one transaction, so "ticket reaches status" workflows enrol and their jobs are queued.
import "server-only";
import { createRuleRefusal, findStatus, pipelineRulesBind, type PlanTier } from "@/lib/automation";
import { personCause } from "./person-cause";
import { businessCalendarJson, toBusinessHours, type BusinessCalendarJson } from "@/lib/sla/business-calendar";
import type { CurrentUser } from "@/lib/auth/current-user";
import { dbHandle } from "@/lib/db";
import { newId } from "@/lib/db/ids";
import { oneRow, sql, type Sql } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { wakeWorkers } from "@/lib/jobs";
import { contactPart } from "@/lib/contacts/contact-part";
import { selectIdFrom } from "@/lib/db/write-batch";
import { pipelineSnapshotJson, toPipelineSnapshot, type PipelineSnapshotJson } from "@/lib/pipelines/pipeline-snapshot";
import { manualTicketEffects } from "./manual-ticket-effects";
import { newTicketBatch } from "./new-ticket";
import type { TNewTicket } from "./schemas-new-ticket";
import { combineBatches, commitWriteBatch } from "./write-batch";

// NewTicketDraft.channelId and NewTicket.originThreadId are typed for channel tickets, which
// have both; the columns are nullable and a ticket made by hand has neither.
const NONE = null as unknown as string;

function fieldError(field: keyof TNewTicket, message: string): AppError {
  return new AppError("BAD_REQUEST", message, [{ path: [field], message }]);
}

async function readContext(tx: Sql, input: TNewTicket) {
  const row = await oneRow<{
    pipeline: PipelineSnapshotJson | null;
    timeZone: string | null;
    planTier: PlanTier | null;
    calendar: BusinessCalendarJson | null;
    ownerActive: boolean | null;
  }>(
    tx,
    sql`
    SELECT ${pipelineSnapshotJson(sql`${input.pipelineId}`)} AS pipeline,
      (SELECT a."timeZone" FROM "Account" a LIMIT 1) AS "timeZone",
      (SELECT a."planTier"::text FROM "Account" a LIMIT 1) AS "planTier",
      ${businessCalendarJson()} AS calendar,
      (SELECT u.active FROM "User" u WHERE u.id = ${input.ownerId}) AS "ownerActive"`,
  );
  if (!row?.pipeline) throw fieldError("pipelineId", "This pipeline no longer exists. Choose another.");
  const pipeline = toPipelineSnapshot(row.pipeline);
  const status = findStatus(pipeline, input.statusId);
  if (!status) throw fieldError("statusId", `Choose one of the statuses of "${pipeline.name}".`);
  if (input.ownerId && !row.ownerActive)
    throw fieldError("ownerId", "This user cannot own tickets (deactivated or removed).");
  const timeZone = row.timeZone ?? "UTC";
  return {
    pipeline,
    status,
    timeZone,
    planTier: row.planTier ?? "ENTERPRISE",
    calendar: toBusinessHours(row.calendar, timeZone),
  };
}

/** SPEC §8 "Limit the statuses a ticket can be created in": binds this person unless their role
 *  bypasses the rules (the engine's own test, as for moves). */
function assertCreationAllowed(user: CurrentUser, context: Awaited<ReturnType<typeof readContext>>): void {
  if (!pipelineRulesBind(personCause("user", user), context.planTier)) return;
  const refusal = createRuleRefusal(context.pipeline, context.pipeline.rules, context.status.id);
  if (refusal) throw new AppError("PIPELINE_RULE", refusal, [{ path: ["statusId"], message: refusal }]);
}

export async function createTicket(user: CurrentUser, input: TNewTicket, now = new Date()): Promise<{ id: string }> {
  const id = newId();
  const batch = await dbHandle().transaction(async (tx) => {
    const context = await readContext(tx, input);
    assertCreationAllowed(user, context);
    const { pipeline, status, timeZone, planTier, calendar } = context;
    const ticket = { source: "MANUAL", priority: input.priority, ownerId: input.ownerId } as const;
    const effects = manualTicketEffects(ticket, { pipeline, status, userId: user.id, now, timeZone, planTier });
    const contact = input.contactEmail ? [contactPart("contact", input.contactEmail, null, now)] : [];
    const written = combineBatches(
      { writes: contact },
      newTicketBatch(
        {
          id,
          draft: { ...ticket, channelId: NONE, pipelineId: pipeline.id, statusId: status.id },
          subject: input.subject,
          description: input.description,
          contactId: input.contactEmail ? selectIdFrom("contact") : sql`NULL`,
          originThreadId: NONE,
          effects,
          causeEventId: null,
          calendar,
          pipeline,
        },
        now,
      ),
    );
    await commitWriteBatch(tx, written, { last: true });
    return written;
  });
  if (batch.workflowStarts.length > 0) wakeWorkers();
  return { id };
}
