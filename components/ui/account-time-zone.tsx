"use client";
// The account's time zone for client components: every time a person reads is shown in it
// (lib/utils/zoned-time.ts), whatever the browser's zone. The (app) layout provides it.
import { createContext, useContext, type ReactNode } from "react";

const AccountTimeZone = createContext("UTC");

export function AccountTimeZoneProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <AccountTimeZone value={timeZone}>{children}</AccountTimeZone>;
}

export const useAccountTimeZone = () => useContext(AccountTimeZone);
