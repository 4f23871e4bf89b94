// "Rotate/assign owner" (SPEC §5): a chosen user, or the next active member of a team in
// rotation. The owner change goes through the engine like any other (timeline, loop guard).
import "server-only";
import { takeTurn } from "./rotation";
import { skipped, type ActionHandler, type StepOutcome } from "@/lib/workflows/run/step-context";
import { changeTicketInStep } from "@/lib/workflows/run/ticket-change";

export const assignOwner: ActionHandler<"assign_owner"> = async (action, step) => {
  if ("userId" in action) {
    const user = await step.jobs.db.user.findUnique({
      where: { id: action.userId },
      select: { active: true, name: true },
    });
    if (!user?.active)
      return skipped(`Skipped: user ${action.userId} is not an active user.`, { reason: "inactive_user" });
    return {
      commit: (tx) =>
        changeTicketInStep(
          tx,
          step,
          { kind: "property_change", change: { property: "ownerId", value: action.userId } },
          `Assigned the ticket to ${user.name}.`,
        ),
    };
  }
  const teamId = action.rotateAmongTeamId;
  return {
    commit: async (tx): Promise<StepOutcome> => {
      const turn = await takeTurn(tx, teamId, step.now);
      if (!turn)
        return {
          result: "skipped",
          summary: "Skipped: the team has no active member to assign.",
          detail: { reason: "no_active_member", teamId },
        };
      const outcome = await changeTicketInStep(
        tx,
        step,
        { kind: "property_change", change: { property: "ownerId", value: turn.userId } },
        `Assigned the ticket to ${turn.name} (team rotation).`,
      );
      return { ...outcome, detail: { ...outcome.detail, teamId, userId: turn.userId } };
    },
  };
};
