// Everything one workflow step needs, read in one query: the enrolment, its workflow and
// action tree, the ticket with the names its tokens and conditions use, the account, and what
// the step's action reads (step-reads.ts). Many enrolments' steps (a burst of timers run in
// place) are read in one query too.
import "server-only";
import { raw, rows, sql, type Sql, type SqlFragment } from "@/lib/db/sql";
import type { PlanTier } from "@/lib/account/plan";
import { fromStoredAction, type StoredActionRow } from "@/lib/workflows/action-types/stored-action";
import { buildActionTree, type ActionTree } from "./action-tree";
import { stepActionJoin, stepReadsJson, type StepReads } from "./step-reads";

export interface StepTicket {
  id: string;
  subject: string;
  description: string;
  priority: string;
  source: string;
  statusId: string;
  statusLabel: string;
  pipelineId: string;
  pipelineName: string;
  statuses: { id: string; label: string }[];
  ownerId: string | null;
  ownerName: string | null;
  contact: { id: string; name: string | null; email: string; marketingContact: boolean } | null;
  originThreadId: string | null;
}

export interface StepState {
  enrollment: { id: string; state: string; ticketId: string; workflowId: string };
  workflow: {
    id: string;
    name: string;
    enabled: boolean;
    statusId: string | null;
    unenrollOnLeave: boolean;
    timeZone: string | null;
  };
  tree: ActionTree;
  ticket: StepTicket;
  account: { name: string; timeZone: string; planTier: PlanTier };
  /** What the step's action reads, read with it (a step's job; not a burst's steps). */
  reads?: StepReads;
}

type Row = Omit<StepState, "tree"> & { actions: StoredActionRow[] };

/** The step a job names (its enrolment, and its action: null for the first), with what that
 *  action reads. Null when the enrolment, its workflow or its ticket no longer exists. */
export async function loadStep(
  executor: Sql,
  step: { enrollmentId: string; actionId: string | null; ticketId: string },
): Promise<StepState | null> {
  const [found] = await rows<{ step: Row }>(
    executor,
    sql`SELECT ${stepJson(sql`, 'reads', ${stepReadsJson(step.ticketId)}`)} AS step ${stepFrom}
    ${stepActionJoin(step.actionId)}
    WHERE e.id = ${step.enrollmentId}`,
  );
  return found ? toStepState(found.step) : null;
}

/** The steps of the enrolments that still exist (with their workflow and ticket), by enrolment id. */
export async function loadSteps(executor: Sql, enrollmentIds: readonly string[]): Promise<Map<string, StepState>> {
  if (enrollmentIds.length === 0) return new Map();
  const found = await rows<{ step: Row }>(
    executor,
    sql`SELECT ${stepJson(raw(""))} AS step ${stepFrom} WHERE e.id = ANY(${[...enrollmentIds]}::text[])`,
  );
  return new Map(found.map(({ step }) => [step.enrollment.id, toStepState(step)]));
}

/** The step as one JSON object, `more` (", 'key', value" pairs) added. */
function stepJson(more: SqlFragment): SqlFragment {
  return sql`json_build_object(
      'enrollment', json_build_object('id', e.id, 'state', e.state, 'ticketId', e."ticketId", 'workflowId', e."workflowId"),
      'workflow', json_build_object('id', w.id, 'name', w.name, 'enabled', w.enabled, 'statusId', w."statusId",
        'unenrollOnLeave', w."unenrollOnLeave", 'timeZone', w."timeZone"),
      'actions', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'parentActionId', a."parentActionId",
          'branchKey', a."branchKey", 'position', a.position, 'type', a.type, 'config', a.config)
          ORDER BY a.position, a."createdAt", a.id), '[]'::json)
        FROM "WorkflowAction" a WHERE a."workflowId" = w.id),
      'ticket', json_build_object('id', t.id, 'subject', t.subject, 'description', t.description,
        'priority', t.priority, 'source', t.source, 'statusId', t."statusId", 'statusLabel', s.label,
        'pipelineId', t."pipelineId", 'pipelineName', p.name,
        'statuses', (SELECT json_agg(json_build_object('id', ps.id, 'label', ps.label) ORDER BY ps."displayOrder")
          FROM "PipelineStatus" ps WHERE ps."pipelineId" = t."pipelineId"),
        'ownerId', t."ownerId", 'ownerName', o.name, 'originThreadId', t."originThreadId",
        'contact', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name,
          'email', c.email, 'marketingContact', c."marketingContact") END),
      'account', (SELECT json_build_object('name', ac.name, 'timeZone', ac."timeZone", 'planTier', ac."planTier")
        FROM "Account" ac LIMIT 1)${more})`;
}

const stepFrom = sql`
    FROM "WorkflowEnrollment" e
    JOIN "Workflow" w ON w.id = e."workflowId"
    JOIN "Ticket" t ON t.id = e."ticketId"
    JOIN "PipelineStatus" s ON s.id = t."statusId"
    JOIN "Pipeline" p ON p.id = t."pipelineId"
    LEFT JOIN "User" o ON o.id = t."ownerId"
    LEFT JOIN "Contact" c ON c.id = t."contactId"`;

function toStepState(row: Row): StepState {
  const { actions, account, ...rest } = row;
  const tree = buildActionTree(
    actions.map((a) => ({
      id: a.id,
      parentActionId: a.parentActionId,
      branchKey: a.branchKey,
      position: a.position,
      action: fromStoredAction(a.type, a.config),
    })),
  );
  return { ...rest, tree, account: account ?? { name: "Ticketflow", timeZone: "UTC", planTier: "ENTERPRISE" } };
}
