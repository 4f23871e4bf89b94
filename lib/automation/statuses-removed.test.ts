import { describe, expect, it } from "vitest";
import { relocateFromRemovedStatuses, type StatusesRemoved } from "./statuses-removed";

const statusDeleted: StatusesRemoved = {
  kind: "statuses_removed",
  from: [{ id: "s_waiting", label: "Waiting" }],
  to: { pipelineId: "p_support", statusId: "s_new", label: "New" },
  removed: { what: "status", name: "Waiting" },
  by: { userId: "u_ada", name: "Ada" },
};

describe("a removed status's tickets move (SPEC §1)", () => {
  it("moves each ticket of the status, with a timeline entry credited to the admin", () => {
    const moves = relocateFromRemovedStatuses(
      [
        { id: "t1", pipelineId: "p_support", statusId: "s_waiting" },
        { id: "t2", pipelineId: "p_support", statusId: "s_waiting" },
      ],
      statusDeleted,
    );
    expect(moves.map((m) => [m.ticketId, m.pipelineId, m.statusId])).toEqual([
      ["t1", "p_support", "s_new"],
      ["t2", "p_support", "s_new"],
    ]);
    expect(moves[0]!.timeline).toEqual({
      kind: "status_changed",
      summary: 'Moved from "Waiting" to "New" because status "Waiting" was deleted by Ada',
      ruleName: null,
      eventId: null,
      actorUserId: "u_ada",
      depth: 0,
      detail: {
        fromStatusId: "s_waiting",
        toStatusId: "s_new",
        fromPipelineId: "p_support",
        toPipelineId: "p_support",
      },
    });
  });

  it("moves a deleted pipeline's tickets to another pipeline, each naming its own former status", () => {
    const moves = relocateFromRemovedStatuses(
      [
        { id: "t1", pipelineId: "p_old", statusId: "s_a" },
        { id: "t2", pipelineId: "p_old", statusId: "s_b" },
      ],
      {
        kind: "statuses_removed",
        from: [
          { id: "s_a", label: "Open" },
          { id: "s_b", label: "Done" },
        ],
        to: { pipelineId: "p_support", statusId: "s_new", label: "Support: New" },
        removed: { what: "pipeline", name: "Old" },
        by: { userId: "u_ada", name: "Ada" },
      },
    );
    expect(moves.map((m) => m.timeline.summary)).toEqual([
      'Moved from "Open" to "Support: New" because pipeline "Old" was deleted by Ada',
      'Moved from "Done" to "Support: New" because pipeline "Old" was deleted by Ada',
    ]);
    expect(moves[1]!.timeline.detail).toMatchObject({ fromPipelineId: "p_old", toPipelineId: "p_support" });
  });

  it("leaves tickets of other statuses where they are, and moves nothing when there is nothing", () => {
    expect(
      relocateFromRemovedStatuses([{ id: "t3", pipelineId: "p_support", statusId: "s_new" }], statusDeleted),
    ).toEqual([]);
    expect(relocateFromRemovedStatuses([], statusDeleted)).toEqual([]);
  });
});
