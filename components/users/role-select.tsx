"use client";
import { changeUserRoleAction } from "@/lib/users/actions";
import { ROLE_LABEL, type RoleName } from "@/lib/users/schemas";
import { AutosaveSelect } from "@/components/forms/autosave-select";
import { optionsOf } from "@/components/forms/option-select";

/** A user's role, saved as soon as it changes; it applies from the user's next request. */
export function RoleSelect({
  userId,
  name,
  role,
  options,
}: {
  userId: string;
  name: string;
  role: RoleName;
  options: RoleName[];
}) {
  return (
    <AutosaveSelect
      value={role}
      options={optionsOf(options, ROLE_LABEL)}
      save={(next) => changeUserRoleAction({ userId, role: next })}
      success={(next) => `${name} is now ${ROLE_LABEL[next].toLowerCase()}.`}
      className="w-40"
      aria-label={`Role of ${name}`}
      data-testid="user-role"
    />
  );
}
