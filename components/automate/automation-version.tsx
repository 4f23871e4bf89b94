"use client";
// The PipelineAutomation version this page last saw, shared by every control on the tab: each save
// sends it (a stale one is refused) and each answer moves it on, before the page refresh lands.
import { createContext, useContext, useState, type ReactNode } from "react";

const VersionContext = createContext<{ version: number; saved: (version: number) => void } | null>(null);

export function AutomationVersionProvider({ version, children }: { version: number; children: ReactNode }) {
  const [latestSaved, setLatestSaved] = useState(version);
  // Versions only grow: the newer of what the server rendered and what a save answered.
  const current = Math.max(version, latestSaved);
  return (
    <VersionContext.Provider value={{ version: current, saved: setLatestSaved }}>{children}</VersionContext.Provider>
  );
}

export function useAutomationVersion() {
  const context = useContext(VersionContext);
  if (!context) throw new Error("useAutomationVersion needs an AutomationVersionProvider");
  return context;
}
