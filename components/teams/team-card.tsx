"use client";
import { useState } from "react";
import { MoreHorizontal, Pencil, Trash2, X } from "lucide-react";
import type { TeamSummary } from "@/lib/teams/list-teams";
import { removeTeamMemberAction, renameTeamAction } from "@/lib/teams/actions";
import { runAction } from "@/components/forms/run-action";
import { NameDialog } from "@/components/forms/name-dialog";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { AddMemberSelect, type TeamCandidate } from "./add-member-select";
import { DeleteTeamDialog } from "./delete-team-dialog";

export function TeamCard({
  team,
  candidates,
  manage,
}: {
  team: TeamSummary;
  candidates: TeamCandidate[];
  manage: boolean;
}) {
  const [dialog, setDialog] = useState<"rename" | "delete" | null>(null);
  const memberIds = new Set(team.members.map((m) => m.id));
  return (
    <li className="rounded-lg border p-3" data-testid="team-card" aria-labelledby={`team-${team.id}`}>
      <div className="flex items-center justify-between gap-2">
        <h3 id={`team-${team.id}`} className="font-medium" data-testid="team-name">
          {team.name}
        </h3>
        {manage ? (
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button variant="ghost" size="icon" aria-label={`Actions for team ${team.name}`} data-testid="team-menu">
                <MoreHorizontal aria-hidden />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end">
              <DropdownMenuItem onSelect={() => setDialog("rename")}>
                <Pencil aria-hidden /> Rename
              </DropdownMenuItem>
              <DropdownMenuItem variant="destructive" onSelect={() => setDialog("delete")}>
                <Trash2 aria-hidden /> Delete
              </DropdownMenuItem>
            </DropdownMenuContent>
          </DropdownMenu>
        ) : null}
      </div>
      <ul className="mt-2 space-y-1" aria-label={`Members of ${team.name}`}>
        {team.members.length === 0 ? <li className="text-sm text-muted-foreground">No members yet.</li> : null}
        {team.members.map((member) => (
          <li key={member.id} className="flex items-center justify-between gap-2 text-sm" data-testid="team-member">
            <span className={member.active ? undefined : "text-muted-foreground"}>
              {member.name}
              {member.active ? null : " (deactivated)"}
            </span>
            {manage ? (
              <Button
                variant="ghost"
                size="icon"
                className="size-7"
                aria-label={`Remove ${member.name} from ${team.name}`}
                onClick={() =>
                  runAction(
                    () => removeTeamMemberAction({ teamId: team.id, userId: member.id }),
                    `${member.name} removed from ${team.name}.`,
                  )
                }
              >
                <X aria-hidden />
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {manage ? <AddMemberSelect team={team} candidates={candidates.filter((c) => !memberIds.has(c.id))} /> : null}
      <NameDialog
        open={dialog === "rename"}
        onOpenChange={(open) => setDialog(open ? "rename" : null)}
        title={`Rename team "${team.name}"`}
        label="Team name"
        submitLabel="Rename"
        success="Team renamed."
        schema={() => import("@/lib/teams/schemas").then((m) => m.ZCreateTeam.shape.name)}
        initialValue={team.name}
        submit={(name) => renameTeamAction({ teamId: team.id, name })}
        testId="rename-team-dialog"
      />
      <DeleteTeamDialog
        team={team}
        open={dialog === "delete"}
        onOpenChange={(open) => setDialog(open ? "delete" : null)}
      />
    </li>
  );
}
