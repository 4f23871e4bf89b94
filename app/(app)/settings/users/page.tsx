import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { listUsers } from "@/lib/users/list-users";
import { listTeams } from "@/lib/teams/list-teams";
import { assignableRoles } from "@/lib/users/role-rules";
import { USERS_SCOPE } from "@/lib/users/user-access";
import { getAccountSettings } from "@/lib/account/queries";
import { listChanges } from "@/lib/history/list-changes";
import { HistoryDrawer } from "@/components/history/history-drawer";
import { ReadonlyNotice } from "@/components/shell/readonly-notice";
import { CreateUserDialog } from "@/components/users/create-user-dialog";
import { UsersTable } from "@/components/users/users-table";
import { TeamsSection } from "@/components/teams/teams-section";
import { PageHeading } from "@/components/shell/page-heading";

export const metadata = { title: "Users & teams · Ticketflow" };

export default async function UsersPage() {
  const user = await requirePageUser();
  const manage = can(user, "users.manage");
  const [users, teams, history, account] = await Promise.all([
    listUsers(user),
    listTeams(user),
    listChanges(USERS_SCOPE, user),
    getAccountSettings(),
  ]);
  const candidates = users.filter((u) => u.active).map(({ id, name }) => ({ id, name }));
  const names = Object.fromEntries([...users, ...teams].map(({ id, name }) => [id, name]));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeading section="Account" title="Users & teams">
          Roles decide who may change settings and automation. A change applies from the user&rsquo;s next click; there
          is always at least one active super admin.
        </PageHeading>
        <div className="flex flex-wrap gap-2">
          <HistoryDrawer
            changes={history}
            names={names}
            timeZone={account?.timeZone ?? "UTC"}
            description="Changes to users and teams, newest first."
          />
          {manage ? <CreateUserDialog roles={assignableRoles(user)} /> : null}
        </div>
      </div>
      {manage ? null : (
        <ReadonlyNotice
          reason={`You can see who is on the account but not change it. ${denialReason("users.manage")}`}
        />
      )}
      <section aria-labelledby="users-heading" className="space-y-3">
        <h2 id="users-heading" className="text-lg font-semibold">
          Users
        </h2>
        <UsersTable users={users} actor={user} manage={manage} />
      </section>
      <TeamsSection teams={teams} candidates={candidates} manage={manage} />
    </div>
  );
}
