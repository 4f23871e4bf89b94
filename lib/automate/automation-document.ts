// Config as code (SPEC §7): a pipeline's automation (and its SPEC §8 rules) read as one document
// and written back in one transaction — validated first (shape, then every id it names), version-checked, recorded
// in History. An invalid document changes nothing.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, STALE_VERSION_MESSAGE } from "@/lib/errors";
import { zodIssues } from "@/lib/actions/action-result";
import type { ChangeActor } from "@/lib/history/record-change";
import { fromStoredAction } from "@/lib/workflows/action-types/stored-action";
import { readAutomationRow } from "./automation-settings";
import { ZAutomationDocument, type TAutomationDocument } from "./automation-document-schema";
import { assertDocumentReferences } from "./automation-document-references";
import { replaceStatusChains } from "./replace-status-chains";
import { replaceStatusEnrollment } from "./replace-status-enrollment";
import { DEFAULT_FILTER_GROUPS } from "@/lib/automation";
import { parseEnrollmentFilterGroups } from "@/lib/workflows/enrollment-filter-schema";
import { saveAutomationSettings } from "./save-automation-settings";
import { findPipeline } from "@/lib/pipeline-reads/queries";
import { readPipelineSla } from "@/lib/sla/pipeline-sla-json";
import { savePipelineSla } from "@/lib/sla/save-pipeline-sla";
import { readPipelineRules } from "@/lib/pipeline-reads/pipeline-rules-json";
import { savePipelineRules } from "./save-pipeline-rules";
import type { PipelineRules } from "@/lib/automation";
import { assertWebhookTargetsAllowed } from "@/lib/workflows/action-types/webhook/target-check";
import type { Actor } from "@/lib/auth/policy";
import { actionFor } from "@/lib/webhooks/visibility";

/** The document as `viewer` may read it: an agent's has no webhook URLs (lib/webhooks/visibility.ts). */
export async function readAutomationDocument(pipelineId: string, viewer: Actor): Promise<TAutomationDocument> {
  const pipeline = await findPipeline(pipelineId);
  if (!pipeline) throw new AppError("NOT_FOUND", "This pipeline does not exist.");
  const [{ version, settings }, sla, rules, workflows] = await Promise.all([
    readAutomationRow(db, pipelineId),
    readPipelineSla(pipelineId),
    readPipelineRules(pipelineId),
    db.workflow.findMany({
      where: { pipelineId, kind: "STATUS_ACTIONS" },
      select: {
        statusId: true,
        enrollmentFilterGroups: true,
        actions: {
          where: { parentActionId: null },
          orderBy: [{ position: "asc" }, { createdAt: "asc" }],
          select: { type: true, config: true },
        },
      },
    }),
  ]);
  const chainOf = (statusId: string) => workflows.find((w) => w.statusId === statusId)?.actions ?? [];
  // Every status has its workflow (created with it); one without reads as a new workflow's criteria.
  const groupsOf = (statusId: string) => {
    const row = workflows.find((w) => w.statusId === statusId);
    return row ? parseEnrollmentFilterGroups(row.enrollmentFilterGroups) : DEFAULT_FILTER_GROUPS;
  };
  return {
    pipelineId,
    version,
    ...settings,
    sla,
    statusActions: Object.fromEntries(
      pipeline.statuses.map((s) => [
        s.id,
        chainOf(s.id).map((a) => actionFor(viewer, fromStoredAction(a.type, a.config))),
      ]),
    ),
    statusEnrollment: Object.fromEntries(
      pipeline.statuses.map((s) => [
        s.id,
        groupsOf(s.id) as NonNullable<TAutomationDocument["statusEnrollment"]>[string],
      ]),
    ),
    rules: { ...rules, createStatusIds: rules.createStatusIds ? [...rules.createStatusIds] : null },
  };
}

/** Replaces the pipeline's automation with the document; returns the document as saved. */
export async function writeAutomationDocument(
  actor: ChangeActor & Actor,
  pipelineId: string,
  input: unknown,
): Promise<TAutomationDocument> {
  const doc = parseDocument(input);
  if (doc.pipelineId !== pipelineId) {
    throw new AppError("BAD_REQUEST", "This automation belongs to another pipeline.", [
      { path: ["pipelineId"], message: "This is not the pipeline being imported into", code: "wrong_pipeline" },
    ]);
  }
  await assertWebhookTargetsAllowed(
    Object.entries(doc.statusActions).flatMap(([statusId, actions]) =>
      actions.map((action, index) => ({ action, path: ["statusActions", statusId, index] })),
    ),
  );
  await db.$transaction(
    async (tx) => {
      await assertDocumentReferences(tx, doc);
      const current = await readAutomationRow(tx, pipelineId);
      if (current.version !== doc.version) throw staleDocument();
      const chainsChanged = await replaceStatusChains(tx, actor, doc);
      const enrollmentChanged = await replaceStatusEnrollment(tx, actor, doc);
      const slaChanged = doc.sla ? await savePipelineSla(tx, actor, pipelineId, doc.sla) : 0;
      // The rules only when they differ: an export from a plan without them re-imports cleanly.
      const rulesChanged =
        doc.rules && !sameRules(doc.rules, await readPipelineRules(pipelineId, tx))
          ? await savePipelineRules(tx, actor, pipelineId, doc.rules, ["rules"])
          : 0;
      await saveAutomationSettings(tx, actor, {
        pipelineId,
        expectedVersion: doc.version,
        patch: {
          closeDateAutomation: doc.closeDateAutomation,
          emailSentTrigger: doc.emailSentTrigger,
          customerReplyTrigger: doc.customerReplyTrigger,
          ...(doc.reopenWindowDays !== undefined && { reopenWindowDays: doc.reopenWindowDays }),
        },
        // Any change to the pipeline's automation moves its version on, chains, SLA and rules included.
        bump: chainsChanged + enrollmentChanged + slaChanged + rulesChanged > 0,
      });
    },
    { timeout: 30_000 },
  );
  return readAutomationDocument(pipelineId, actor);
}

function sameRules(a: PipelineRules, b: PipelineRules): boolean {
  const ids = (r: PipelineRules) => (r.createStatusIds === null ? null : [...r.createStatusIds].sort());
  return (
    a.preventSkipping === b.preventSkipping &&
    a.preventBackward === b.preventBackward &&
    JSON.stringify(ids(a)) === JSON.stringify(ids(b))
  );
}

function parseDocument(input: unknown): TAutomationDocument {
  const parsed = ZAutomationDocument.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError("BAD_REQUEST", "The automation document is not valid.", zodIssues(parsed.error as z.ZodError));
}

const staleDocument = () =>
  new AppError("CONFLICT", STALE_VERSION_MESSAGE, [
    { path: ["version"], message: "Export the automation again and reapply your changes", code: "stale_version" },
  ]);
