"use client";
import { useState } from "react";

/** True from the first time `open` was true: a lazily loaded panel is rendered (and its code
 *  fetched) when it first opens, then stays mounted so it can animate closed. */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
