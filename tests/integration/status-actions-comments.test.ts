// SPEC §5: threaded comments on a bubble, with author and time; only the author deletes.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  addActionCommentAction,
  deleteActionCommentAction,
  listActionCommentsAction,
} from "@/lib/automate/status-action-actions";
import { actAs } from "../support/users";
import { expectFailure, expectOk, historyOf } from "../support/status-actions";

let actionId: string;
beforeAll(async () => {
  // The seeded "Closed" lane of the Support Pipeline starts with two actions.
  const action = await db.workflowAction.findFirstOrThrow({
    where: {
      workflow: { kind: "STATUS_ACTIONS", pipeline: { name: "Support Pipeline" } },
      type: "SEND_INTERNAL_EMAIL",
    },
    select: { id: true },
  });
  actionId = action.id;
});

async function commentAs(role: "SUPER_ADMIN" | "AGENT", body: string) {
  await actAs(role);
  return expectOk(await addActionCommentAction({ actionId, body })).id;
}

describe("comments on a status action", () => {
  it("as a super admin adds one: stored with its author, listed with author, time and 'mine', recorded in history", async () => {
    const id = await commentAs("SUPER_ADMIN", "  Should this go to the team too?  ");
    const listed = expectOk(await listActionCommentsAction({ actionId }));
    expect(listed).toEqual([
      expect.objectContaining({
        id,
        body: "Should this go to the team too?",
        authorName: "Sam Super",
        mine: true,
        createdAt: expect.any(Date),
      }),
    ]);
    expect(await historyOf(id)).toEqual([
      expect.objectContaining({ entityType: "action_comment", before: null, after: "Should this go to the team too?" }),
    ]);
  });

  it("as an agent adds one too (anyone who can view may discuss), listed in order with 'mine' per viewer", async () => {
    const agentComment = await commentAs("AGENT", "Agents would like a copy.");
    const listed = expectOk(await listActionCommentsAction({ actionId }));
    expect(listed.map((c) => [c.authorName, c.mine])).toEqual([
      ["Sam Super", false],
      ["Alex Agent", true],
    ]);
    expect(listed[1]!.id).toBe(agentComment);
  });

  it("as an agent cannot delete someone else's comment: 403, nothing deleted", async () => {
    const superComment = await commentAs("SUPER_ADMIN", "Mine, not yours.");
    const history = await db.settingsChange.count();
    await actAs("AGENT");
    const error = expectFailure(await deleteActionCommentAction({ commentId: superComment }), "FORBIDDEN", 403);
    expect(error.message).toBe("You can only delete your own comments.");
    expect(await db.actionComment.count({ where: { id: superComment } })).toBe(1);
    expect(await db.settingsChange.count()).toBe(history);
  });

  it("an admin cannot delete an agent's comment either", async () => {
    const agentComment = await commentAs("AGENT", "Keep this.");
    await actAs("SUPER_ADMIN");
    expectFailure(await deleteActionCommentAction({ commentId: agentComment }), "FORBIDDEN", 403);
    expect(await db.actionComment.count({ where: { id: agentComment } })).toBe(1);
  });

  it("the author deletes their own, recorded in history", async () => {
    const mine = await commentAs("AGENT", "Oops, wrong action.");
    expectOk(await deleteActionCommentAction({ commentId: mine }));
    expect(await db.actionComment.count({ where: { id: mine } })).toBe(0);
    expect((await historyOf(mine)).at(-1)).toMatchObject({
      before: "Oops, wrong action.",
      after: null,
      actorName: "Alex Agent",
    });
  });

  it("refuses an empty comment with 400 at body, and signed-out callers with 401", async () => {
    await actAs("SUPER_ADMIN");
    const error = expectFailure(await addActionCommentAction({ actionId, body: "   " }), "BAD_REQUEST", 400);
    expect(error.issues).toEqual([expect.objectContaining({ path: ["body"], message: "Write a comment" })]);
    await actAs(null);
    expectFailure(await addActionCommentAction({ actionId, body: "hi" }), "UNAUTHENTICATED", 401);
    expectFailure(await listActionCommentsAction({ actionId }), "UNAUTHENTICATED", 401);
  });

  it("says NOT_FOUND for an action that does not exist", async () => {
    await actAs("SUPER_ADMIN");
    expectFailure(await addActionCommentAction({ actionId: "gone", body: "hello?" }), "NOT_FOUND", 404);
  });
});
