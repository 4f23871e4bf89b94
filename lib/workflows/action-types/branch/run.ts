// "If/then branch" (SPEC §5): the first branch whose conditions hold on the ticket as it is
// now, else the "none met" path; its actions run, then whatever follows the branch.
import "server-only";
import { chooseBranch, type ConditionSubject } from "./branch-conditions";
import { settled, type ActionHandler, type StepContext } from "@/lib/workflows/run/step-context";

function conditionSubject(step: StepContext): ConditionSubject {
  const { ticket } = step.state;
  return {
    priority: ticket.priority,
    source: ticket.source,
    ownerId: ticket.ownerId,
    statusId: ticket.statusId,
    subject: ticket.subject,
    contactId: ticket.contact?.id ?? null,
  };
}

export const branch: ActionHandler<"branch"> = async (action, step) => {
  const chosen = chooseBranch(action, conditionSubject(step));
  return settled(
    {
      result: "done",
      summary: `Branch: took "${chosen.label}".`,
      detail: { branchKey: chosen.key, branchLabel: chosen.label },
    },
    { branchKey: chosen.key },
  );
};
