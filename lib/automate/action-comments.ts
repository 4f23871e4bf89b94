// Threaded comments on a status action (SPEC §5): anyone who can see the automation may
// discuss it; only a comment's author may delete it.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { pipelineScope, recordChanges, type ChangeActor } from "@/lib/history/record-change";
import type { Tx } from "@/lib/db/tx";
import type { TAddActionComment, TDeleteActionComment } from "./status-action-schemas";
import { newId } from "@/lib/db/ids";

/** Any workflow's action (a status chain's bubble, or one in the workflow editor, branch paths too). */
async function findCommentedAction(tx: Tx, actionId: string) {
  const action = await tx.workflowAction.findUnique({
    where: { id: actionId },
    select: { workflow: { select: { pipelineId: true } } },
  });
  if (!action) throw new AppError("NOT_FOUND", "This action no longer exists — reload to see the latest.");
  return { workflow: { pipelineId: action.workflow.pipelineId ?? "" } };
}

export async function listActionComments(actionId: string, viewerId: string) {
  await findCommentedAction(db, actionId);
  const comments = await db.actionComment.findMany({
    where: { actionId },
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } },
  });
  return comments.map(({ authorId, author, ...c }) => ({ ...c, authorName: author.name, mine: authorId === viewerId }));
}
export type ActionCommentView = Awaited<ReturnType<typeof listActionComments>>[number];

function recordComment(
  tx: Tx,
  actor: ChangeActor,
  pipelineId: string,
  id: string,
  before: string | null,
  after: string | null,
) {
  return recordChanges(tx, actor, {
    scope: pipelineScope(pipelineId),
    entityType: "action_comment",
    entityId: id,
    changes: [{ field: "body", before, after }],
  });
}

export async function addActionComment({ actionId, body }: TAddActionComment, actor: ChangeActor) {
  return db.$transaction(async (tx) => {
    const action = await findCommentedAction(tx, actionId);
    const comment = await tx.actionComment.create({
      data: { id: newId(), actionId, authorId: actor.id, body },
      select: { id: true },
    });
    await recordComment(tx, actor, action.workflow.pipelineId, comment.id, null, body);
    return comment;
  });
}

export async function deleteActionComment({ commentId }: TDeleteActionComment, actor: ChangeActor) {
  return db.$transaction(async (tx) => {
    const comment = await tx.actionComment.findUnique({
      where: { id: commentId },
      select: { authorId: true, actionId: true, body: true },
    });
    if (!comment) throw new AppError("NOT_FOUND", "This comment no longer exists.");
    if (comment.authorId !== actor.id) throw new AppError("FORBIDDEN", "You can only delete your own comments.");
    const action = await findCommentedAction(tx, comment.actionId);
    await tx.actionComment.delete({ where: { id: commentId } });
    await recordComment(tx, actor, action.workflow.pipelineId, commentId, comment.body, null);
    return { id: commentId };
  });
}
