"use client";
import { useState } from "react";
import { changeUserRoleAction } from "@/app/(app)/settings/users/actions";
import { ROLE_LABEL, type RoleName } from "@/lib/users/schemas";
import { runAction } from "@/components/forms/run-action";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

/** A user's role, saved as soon as it changes; it applies from the user's next request. */
export function RoleSelect({ userId, name, role, options }: { userId: string; name: string; role: RoleName; options: RoleName[] }) {
  const [value, setValue] = useState(role);
  const [pending, setPending] = useState(false);

  async function change(next: RoleName) {
    setValue(next);
    setPending(true);
    const result = await runAction(() => changeUserRoleAction({ userId, role: next }), `${name} is now ${ROLE_LABEL[next].toLowerCase()}.`);
    setPending(false);
    if (!result.ok) setValue(role);
  }

  return (
    <Select value={value} onValueChange={(next) => change(next as RoleName)} disabled={pending}>
      <SelectTrigger className="w-40" aria-label={`Role of ${name}`} data-testid="user-role">
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {options.map((r) => (
          <SelectItem key={r} value={r}>
            {ROLE_LABEL[r]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
