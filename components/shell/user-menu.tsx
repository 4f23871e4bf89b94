"use client";

import { useRef, useState } from "react";
import dynamic from "next/dynamic";
import { signOut } from "next-auth/react";
import { KeyRound, LogOut, UserRound } from "lucide-react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Button } from "@/components/ui/button";

// Its form (react-hook-form, zod and the password schema) loads when it is first opened: this
// menu is on every page, the dialog rarely (issue 15 item 8: first-load JS).
const ChangePasswordDialog = dynamic(() => import("./change-password-dialog").then((m) => m.ChangePasswordDialog), {
  ssr: false,
});

const ROLE_LABEL = { SUPER_ADMIN: "Super admin", ACCOUNT_ADMIN: "Account admin", AGENT: "Agent" } as const;

export function UserMenu({ name, email, role }: { name: string; email: string; role: keyof typeof ROLE_LABEL }) {
  const [changingPassword, setChangingPassword] = useState(false);
  // Mounted from the first opening on, so it closes with its animation and focus return.
  const [dialogLoaded, setDialogLoaded] = useState(false);
  // The dialog opens from a menu item that is gone by the time it closes: focus goes back here.
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button
            ref={trigger}
            variant="ghost"
            size="sm"
            className="text-white hover:bg-white/10 hover:text-white"
            data-testid="user-menu"
          >
            <UserRound aria-hidden className="size-4" />
            <span className="hidden sm:inline">{name}</span>
            <span className="sr-only sm:hidden">Account menu for {name}</span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-56">
          <DropdownMenuLabel>
            <div className="font-medium">{name}</div>
            <div className="text-xs font-normal text-muted-foreground">{email}</div>
            <div className="text-xs font-normal text-muted-foreground" data-testid="user-role">
              {ROLE_LABEL[role]}
            </div>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem
            onSelect={() => {
              setDialogLoaded(true);
              setChangingPassword(true);
            }}
            data-testid="change-password"
          >
            <KeyRound aria-hidden className="size-4" /> Change password
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => signOut({ callbackUrl: "/login" })}>
            <LogOut aria-hidden className="size-4" /> Sign out
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {dialogLoaded ? (
        <ChangePasswordDialog open={changingPassword} onOpenChange={setChangingPassword} returnFocusTo={trigger} />
      ) : null}
    </>
  );
}
