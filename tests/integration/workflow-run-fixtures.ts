// Fixtures for the workflow-run and action tests: a workflow built from an action tree and an
// enrolment started the way the engine starts one (enrolment row + its first step job in one
// transaction), a clock the step handler reads, and deterministic stepping with runDueJobs.
import type { WorkflowTrigger } from "@/generated/prisma/enums";
import { db, dbHandle } from "@/lib/db";
import { runDueJobs, type JobHandler, type RetryPolicy } from "@/lib/jobs";
import { jobHandlers } from "@/lib/job-handlers";
import { newId } from "@/lib/db/ids";
import { createMailTransport, useMailTransport } from "@/lib/mail";
import { runWrites } from "@/lib/db/write-batch";
import { workflowStartParts } from "@/lib/tickets/workflow-jobs";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { createRunWorkflowStepHandler, RUN_WORKFLOW_STEP } from "@/lib/workflows/run";
import { toStoredAction } from "@/lib/workflows/action-types/stored-action";
import { assignWebhookSecrets } from "@/lib/workflows/action-types/webhook/assign-secrets";
import { seededPipeline, unique } from "../support/engine-fixtures";

/** The step handler's clock; tests move it. */
export const clock = { now: new Date(Date.now() + 1_000) };
export const advanceClock = (ms: number) => (clock.now = new Date(clock.now.getTime() + ms));
/** Resets the clock to the real time plus a little, so jobs just written (runAt = now) are due. */
export const resetClock = () => (clock.now = new Date(Date.now() + 1_000));
/** Jobs written so far are due at the clock's time (it never goes back). */
const catchUpClock = () => (clock.now = new Date(Math.max(clock.now.getTime(), Date.now() + 1_000)));

export const testHandlers = {
  ...jobHandlers,
  [RUN_WORKFLOW_STEP]: createRunWorkflowStepHandler({ now: () => clock.now }),
};

/** A run_workflow_step handler whose worker "crashes" right after the step's work, before its completion commits. */
export function crashingBeforeCompletion(): JobHandler {
  return {
    payload: testHandlers[RUN_WORKFLOW_STEP]!.payload,
    execute: (job, ctx) =>
      testHandlers[RUN_WORKFLOW_STEP]!.execute(job, {
        ...ctx,
        complete: async () => {
          throw new Error("worker crashed");
        },
        completeWith: async () => {
          throw new Error("worker crashed");
        },
      }),
  };
}

/** Fast, deterministic retries: the first retry 1 s later, doubling, no jitter. */
export const TEST_RETRY: RetryPolicy = { baseMs: 1_000, capMs: 60_000, maxRetryAfterMs: 3_600_000 };

/** Runs every job due at the clock's time, and those they queue that are due too. Between rounds
 *  the clock catches up with real time: jobs the engine queues (a status set by an action enrols
 *  the ticket) are due at the database's now. */
export async function drain(options: { maxRounds?: number; handlers?: typeof testHandlers } = {}) {
  const all = [];
  for (let round = 0; round < (options.maxRounds ?? 50); round++) {
    if (round > 0) catchUpClock();
    const ran = await runDueJobs({
      handle: dbHandle(),
      handlers: options.handlers ?? testHandlers,
      now: clock.now,
      retry: TEST_RETRY,
      random: () => 1,
    });
    if (ran.length === 0) break;
    all.push(...ran);
  }
  return all;
}

export function useCaptureMail(): void {
  useMailTransport(createMailTransport({}));
}

export interface ActionSpec {
  action: TAction;
  /** For a branch: the actions of each path by branch key (NONE_MET_BRANCH_KEY for "none met"). */
  paths?: Record<string, ActionSpec[]>;
}

async function createActions(
  workflowId: string,
  specs: ActionSpec[],
  parent: { id: string; key: string } | null,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [position, spec] of specs.entries()) {
    // A webhook gets its own signing secret, as when an admin saves one (webhookSecretOf reads it).
    const [action] = (await assignWebhookSecrets(db, [{ actionId: null, action: spec.action }])).actions;
    const created = await db.workflowAction.create({
      data: {
        id: newId(),
        workflowId,
        position,
        parentActionId: parent?.id ?? null,
        branchKey: parent?.key ?? null,
        ...toStoredAction(action!),
      },
    });
    ids.push(created.id);
    for (const [key, children] of Object.entries(spec.paths ?? {}))
      ids.push(...(await createActions(workflowId, children, { id: created.id, key })));
  }
  return ids;
}

/** What enrols the fixture's workflows unless a test says otherwise: "ticket reaches a status"
 *  naming no status, which enrols nothing (tests enrol with `enroll`). An event trigger would
 *  really enrol every ticket the engine creates meanwhile. */
export const INERT_TRIGGER = { trigger: "STATUS_ENTERED", statusId: null } as const;

interface WorkflowData {
  name?: string;
  timeZone?: string;
  unenrollOnLeave?: boolean;
  trigger?: WorkflowTrigger;
  statusId?: string | null;
  /** Default the seeded Support Pipeline. */
  pipelineId?: string;
}

/** A workflow whose actions are `specs`, in order; enrolled by nothing unless `data` says so. */
export async function aWorkflow(specs: ActionSpec[], data: WorkflowData = {}) {
  const pipeline = await seededPipeline();
  const workflow = await db.workflow.create({
    data: {
      id: newId(),
      name: data.name ?? unique("Test workflow"),
      kind: "CUSTOM",
      ...INERT_TRIGGER,
      pipelineId: pipeline.id,
      ...data,
    },
  });
  const actionIds = await createActions(workflow.id, specs, null);
  return { id: workflow.id, name: workflow.name, actionIds };
}

/** Enrols the ticket as the engine does: the enrolment and its first step job, one transaction. */
export async function enroll(ticketId: string, workflowId: string, depth = 1) {
  const enrollment = { id: newId(), workflowId, depth };
  await dbHandle().transaction(async (tx) => {
    await tx.query(
      `INSERT INTO "WorkflowEnrollment" (id, "workflowId", "ticketId", state, "updatedAt") VALUES ($1, $2, $3, 'ACTIVE', now())`,
      [enrollment.id, workflowId, ticketId],
    );
    await runWrites(tx, workflowStartParts([{ ticketId, enrollment, causeEventId: null }]));
  });
  catchUpClock();
  return enrollment.id;
}

export function enrollmentRow(id: string) {
  return db.workflowEnrollment.findUniqueOrThrow({ where: { id } });
}

/** The timeline entries workflow steps wrote (action outcomes, how enrolments ended), oldest first. */
export async function stepEntries(ticketId: string) {
  const entries = await db.timelineEntry.findMany({
    where: {
      ticketId,
      OR: [{ kind: { startsWith: "action_" } }, { kind: { in: ["workflow_completed", "workflow_unenrolled"] } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return entries.map((e) => ({ ...e, detail: e.detail as Record<string, unknown> }));
}

export function outboxOf(ticketId: string) {
  return db.outboxEmail.findMany({ where: { ticketId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** The signing secret of the workflow's webhook action (the first, or the one at `index`). */
export async function webhookSecretOf(workflowId: string, index = 0): Promise<string> {
  const hooks = await db.workflowAction.findMany({
    where: { workflowId, type: "WEBHOOK" },
    orderBy: { position: "asc" },
    select: { config: true },
  });
  const secretId = (hooks[index]?.config as { secretId?: string } | undefined)?.secretId;
  return (await db.webhookSecret.findUniqueOrThrow({ where: { id: secretId } })).secret;
}
