import type { UserSummary } from "@/lib/users/list-users";
import { assignableRoles, type RoleActor } from "@/lib/users/role-rules";
import { ROLE_LABEL } from "@/lib/users/schemas";
import { cn } from "@/lib/utils/cn";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { ActiveToggle } from "./active-toggle";
import { userRowId } from "./row-id";
import { RoleSelect } from "./role-select";

interface UsersTableProps {
  users: UserSummary[];
  actor: RoleActor;
  /** Whether the viewer may manage users at all (users.manage). */
  manage: boolean;
}

// On phones each row becomes a small card (name, then role, status and action on one line)
// instead of a table that scrolls sideways and hides the status.
const ROW_MOBILE =
  "max-sm:flex max-sm:flex-wrap max-sm:items-center max-sm:gap-x-3 max-sm:gap-y-2 max-sm:px-3 max-sm:py-3";
const CELL_MOBILE = "max-sm:p-0";

/** Who is on the account. Controls show only where the role rules would allow the change. */
export function UsersTable({ users, actor, manage }: UsersTableProps) {
  const options = assignableRoles(actor);
  const mayChange = (user: UserSummary) => manage && (actor.role === "SUPER_ADMIN" || user.role !== "SUPER_ADMIN");
  return (
    <Table aria-label="Users" data-testid="users-table">
      <THead className="max-sm:hidden">
        <TR>
          <TH>User</TH>
          <TH>Role</TH>
          <TH className="hidden md:table-cell">Teams</TH>
          <TH>Status</TH>
          {manage ? (
            <TH>
              <span className="sr-only">Actions</span>
            </TH>
          ) : null}
        </TR>
      </THead>
      <TBody>
        {users.map((user) => (
          <TR
            key={user.id}
            id={userRowId(user.id)}
            tabIndex={-1}
            data-testid="user-row"
            className={cn(ROW_MOBILE, !user.active && "text-muted-foreground")}
          >
            <TD className={cn("min-w-40 max-sm:basis-full", CELL_MOBILE)}>
              <div className="font-medium text-foreground">
                {user.id === actor.id ? `${user.name} (you)` : user.name}
              </div>
              <div className="break-all text-xs text-muted-foreground">{user.email}</div>
              <div className="mt-1 flex flex-wrap gap-1 md:hidden">{teamBadges(user)}</div>
            </TD>
            <TD className={CELL_MOBILE}>
              {mayChange(user) ? (
                <RoleSelect
                  key={user.role}
                  userId={user.id}
                  name={user.name}
                  role={user.role}
                  options={options.includes(user.role) ? options : [user.role, ...options]}
                />
              ) : (
                <span data-testid="user-role-text">{ROLE_LABEL[user.role]}</span>
              )}
            </TD>
            <TD className="hidden md:table-cell">
              <div className="flex flex-wrap gap-1">{teamBadges(user)}</div>
            </TD>
            <TD className={CELL_MOBILE}>
              {user.active ? <Badge variant="success">Active</Badge> : <Badge variant="secondary">Deactivated</Badge>}
            </TD>
            {manage ? (
              <TD className={cn("text-right max-sm:ml-auto", CELL_MOBILE)}>
                {mayChange(user) && user.id !== actor.id ? (
                  <ActiveToggle userId={user.id} name={user.name} active={user.active} />
                ) : null}
              </TD>
            ) : null}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

function teamBadges(user: UserSummary) {
  return user.teams.map((team) => (
    <Badge key={team.id} variant="outline">
      {team.name}
    </Badge>
  ));
}
