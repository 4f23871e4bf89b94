"use client";
import { useState } from "react";
import type { TeamSummary } from "@/lib/teams/list-teams";
import { addTeamMemberAction } from "@/lib/teams/actions";
import { runAction } from "@/components/forms/run-action";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

/** Picking a user adds them at once; the select then resets for the next one. */
/** An active user who can be added to a team. */
export interface TeamCandidate {
  id: string;
  name: string;
}

export function AddMemberSelect({ team, candidates }: { team: TeamSummary; candidates: TeamCandidate[] }) {
  const [pending, setPending] = useState(false);
  if (candidates.length === 0) return null;

  async function add(userId: string) {
    const name = candidates.find((c) => c.id === userId)?.name ?? "User";
    setPending(true);
    await runAction(() => addTeamMemberAction({ teamId: team.id, userId }), `${name} added to ${team.name}.`);
    setPending(false);
  }

  return (
    <Select value="" onValueChange={add} disabled={pending}>
      <SelectTrigger className="mt-3" aria-label={`Add a member to ${team.name}`} data-testid="add-team-member">
        <SelectValue placeholder="Add a member…" />
      </SelectTrigger>
      <SelectContent>
        {candidates.map((c) => (
          <SelectItem key={c.id} value={c.id}>
            {c.name}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
