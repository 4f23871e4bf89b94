"use client";
// Teams (used by internal notifications and owner rotation): create, rename, delete, members.
import { Plus } from "lucide-react";
import type { TeamSummary } from "@/lib/teams/list-teams";
import { createTeamAction } from "@/lib/teams/actions";
import { NameDialog } from "@/components/forms/name-dialog";
import { Button } from "@/components/ui/button";
import type { TeamCandidate } from "./add-member-select";
import { TeamCard } from "./team-card";

interface TeamsSectionProps {
  teams: TeamSummary[];
  /** Active users, who can be added to a team. */
  candidates: TeamCandidate[];
  manage: boolean;
}

export function TeamsSection({ teams, candidates, manage }: TeamsSectionProps) {
  return (
    <section aria-labelledby="teams-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="max-w-prose space-y-1">
          <h2 id="teams-heading" tabIndex={-1} className="text-lg font-semibold outline-hidden">
            Teams
          </h2>
          <p className="text-sm text-muted-foreground">
            Internal email notifications and owner rotation can address a whole team.
          </p>
        </div>
        {manage ? (
          <NameDialog
            title="Create team"
            label="Team name"
            submitLabel="Create team"
            success="Team created."
            schema={() => import("@/lib/teams/schemas").then((m) => m.ZCreateTeam.shape.name)}
            submit={(name) => createTeamAction({ name })}
            trigger={
              <Button variant="outline" data-testid="create-team">
                <Plus aria-hidden /> Create team
              </Button>
            }
            testId="create-team-dialog"
          />
        ) : null}
      </div>
      {teams.length === 0 ? (
        <p className="rounded-lg border border-dashed px-4 py-8 text-center text-sm text-muted-foreground">
          No teams yet.
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2" aria-label="Teams">
          {teams.map((team) => (
            <TeamCard key={team.id} team={team} candidates={candidates} manage={manage} />
          ))}
        </ul>
      )}
    </section>
  );
}
