// The ids an automation document names must exist: its triggers' statuses and its status keys
// in this pipeline, every user, team, template and status its actions point at, and the owners
// its enrollment filters name. All unknown
// ids are reported together, each with its path in the document.
import "server-only";
import { AppError, isAppError, type FieldIssue } from "@/lib/errors";
import { assertActionRefsExist } from "@/lib/workflows/action-types/references";
import { toStoredGroups } from "@/lib/workflows/enrollment-filter-schema";
import { EMAIL_TRIGGERS } from "./schemas";
import { assertFilterOwnersExist } from "./workflow-settings-checks";
import type { TAutomationDocument } from "./automation-document-schema";
import type { Tx } from "@/lib/db/tx";

export async function assertDocumentReferences(tx: Tx, doc: TAutomationDocument): Promise<void> {
  const statuses = await tx.pipelineStatus.findMany({ where: { pipelineId: doc.pipelineId }, select: { id: true } });
  const inPipeline = new Set(statuses.map((s) => s.id));
  const issues: FieldIssue[] = [];
  const unknownStatus = (path: (string | number)[]) =>
    issues.push({ path, message: "This status is not in the pipeline", code: "unknown_status" });

  for (const key of EMAIL_TRIGGERS) {
    const { statusId } = doc[key];
    if (statusId && !inPipeline.has(statusId)) unknownStatus([key, "statusId"]);
  }
  for (const [statusId, actions] of Object.entries(doc.statusActions)) {
    if (!inPipeline.has(statusId)) unknownStatus(["statusActions", statusId]);
    for (const [index, action] of actions.entries()) {
      issues.push(
        ...(await referenceIssues(() => assertActionRefsExist(tx, action, ["statusActions", statusId, index]))),
      );
    }
  }
  for (const [statusId, groups] of Object.entries(doc.statusEnrollment ?? {})) {
    if (!inPipeline.has(statusId)) unknownStatus(["statusEnrollment", statusId]);
    issues.push(
      ...(await referenceIssues(() =>
        assertFilterOwnersExist(tx, toStoredGroups(groups), ["statusEnrollment", statusId]),
      )),
    );
  }
  if (issues.length > 0)
    throw new AppError("BAD_REQUEST", "The automation names things that do not exist here.", issues);
}

async function referenceIssues(check: () => Promise<void>): Promise<FieldIssue[]> {
  try {
    await check();
    return [];
  } catch (error) {
    if (isAppError(error) && error.code === "BAD_REQUEST") return error.issues;
    throw error;
  }
}
