// Authorization by ownership of ids: an admin (every right) passing another pipeline's or
// ticket's id where the first one's is expected gets a 4xx, and nothing is written — the
// status from pipeline B never lands on pipeline A's ticket, order, deletion target or chain,
// and a task of ticket Y is not ticked through ticket X.
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/action-result";
import { db } from "@/lib/db";
import { moveTicketAction } from "@/lib/tickets/actions";
import { setTaskDoneAction } from "@/lib/tickets/task-actions";
import { updateTicketPropertiesAction } from "@/lib/tickets/actions";
import { deleteStatusAction, reorderStatusesAction } from "@/lib/pipelines/actions";
import { addStatusActionAction } from "@/lib/automate/status-action-actions";
import { PATCH as patchTicket } from "@/app/api/v1/tickets/[id]/route";
import { callApi } from "../support/api";
import { allRowCounts } from "../support/all-rows";
import { newPipeline, newTickets, type TestPipeline } from "../support/pipelines";
import { internalEmail } from "../support/status-actions";
import { actAs } from "../support/users";
import { newId } from "@/lib/db/ids";

let a: TestPipeline;
let b: TestPipeline;
let ticketA: { id: string; version: number; statusId: string };
let foreignStatus: string;

/** Everything a cross-id call could touch: row counts, A's ticket, both pipelines' statuses, tasks. */
async function fingerprint() {
  return {
    counts: await allRowCounts(),
    ticket: await db.ticket.findUniqueOrThrow({ where: { id: ticketA.id }, select: { statusId: true, version: true } }),
    statuses: await db.pipelineStatus.findMany({
      where: { pipelineId: { in: [a.id, b.id] } },
      orderBy: { id: "asc" },
      select: { id: true, pipelineId: true, displayOrder: true, label: true },
    }),
    tasks: await db.task.findMany({ orderBy: { id: "asc" }, select: { id: true, ticketId: true, doneAt: true } }),
  };
}

const refused = (status: number | undefined) => expect([400, 404, 409]).toContain(status);
const refusedAction = (result: ActionResult<unknown>) => refused(result.ok ? 200 : result.error.status);

beforeAll(async () => {
  [a, b] = [await newPipeline(), await newPipeline()];
  ticketA = (await newTickets(a, a.statuses[0]!.label, 1))[0]!;
  foreignStatus = b.statuses[1]!.id;
  await actAs("SUPER_ADMIN");
});

describe("another pipeline's or ticket's id, used by an admin", () => {
  it("moving A's ticket into B's status (board, record, API) is refused and writes nothing", async () => {
    const before = await fingerprint();
    refusedAction(
      await moveTicketAction({ ticketId: ticketA.id, toStatusId: foreignStatus, version: ticketA.version }),
    );
    refusedAction(
      await updateTicketPropertiesAction({
        ticketId: ticketA.id,
        change: { statusId: foreignStatus, version: ticketA.version },
      }),
    );
    refused(
      (
        await callApi(patchTicket, {
          path: `/api/v1/tickets/${ticketA.id}`,
          params: { id: ticketA.id },
          method: "PATCH",
          body: { statusId: foreignStatus, version: ticketA.version },
        })
      ).status,
    );
    expect(await fingerprint()).toEqual(before);
  });

  it("pipeline A's settings refuse B's status: deletion target, order, status action chain", async () => {
    const before = await fingerprint();
    refusedAction(await deleteStatusAction({ statusId: a.statuses[0]!.id, moveToStatusId: foreignStatus }));
    const order = a.statuses.map((s) => s.id);
    refusedAction(
      await reorderStatusesAction({
        pipelineId: a.id,
        expectedOrder: order,
        order: [...order.slice(1), foreignStatus],
      }),
    );
    refusedAction(
      await addStatusActionAction({
        pipelineId: a.id,
        statusId: foreignStatus,
        expectedVersion: 0,
        action: internalEmail(),
      }),
    );
    expect(await fingerprint()).toEqual(before);
  });

  it("a task of ticket Y cannot be ticked through ticket X", async () => {
    const [x, y] = await newTickets(b, b.statuses[0]!.label, 2);
    const task = await db.task.create({ data: { id: newId(), ticketId: y!.id, title: "Y's task" } });
    const before = await fingerprint();
    refusedAction(await setTaskDoneAction({ ticketId: x!.id, taskId: task.id, done: true }));
    expect(await fingerprint()).toEqual(before);
  });
});
