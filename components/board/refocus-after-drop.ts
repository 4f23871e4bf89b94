"use client";
// After a keyboard drop the card leaves its column and mounts again in the new one, so dnd-kit's
// own focus restore finds its node gone and focus would fall to <body>. The board names the
// moved card here until its move settles; the card takes focus when it mounts in its new column
// (or back in the old one, if the move is refused).
import { createContext, useContext, useEffect, type RefObject } from "react";

type MovedCard = RefObject<string | null>;

const RefocusContext = createContext<MovedCard | null>(null);
export const RefocusAfterDrop = RefocusContext.Provider;

export function useRefocusAfterDrop(cardId: string, link: RefObject<HTMLElement | null>): void {
  const moved = useContext(RefocusContext);
  useEffect(() => {
    if (moved?.current !== cardId) return;
    // Only if focus was lost with the old node, never away from where the person went since.
    const focused = document.activeElement;
    if (focused && focused !== document.body) return;
    link.current?.focus();
  }, [moved, cardId, link]);
}
