// Focus a bubble that is about to appear (just saved, or brought back by Undo): the page
// re-renders with it a moment after the server answers, so look for it on the next frames. For a
// few seconds after, focus is kept there against what moves it without the person: a refresh that
// swaps the bubble's element (focus falls to <body>), or Sonner giving focus back to what had it
// before the toast's Undo was clicked. A key or a pointer press of the person's ends the guard.
import { BUBBLE_ATTR } from "./focus-after-delete";

const GUARD_MS = 5_000;

export function focusBubbleWhenShown(actionId: string | undefined): void {
  if (!actionId) return;
  const deadline = performance.now() + GUARD_MS;
  let personActed = false;
  const stop = () => {
    personActed = true;
  };
  document.addEventListener("keydown", stop, { capture: true, once: true });
  document.addEventListener("pointerdown", stop, { capture: true, once: true });
  const tick = () => {
    if (personActed || performance.now() > deadline) {
      document.removeEventListener("keydown", stop, { capture: true });
      document.removeEventListener("pointerdown", stop, { capture: true });
      return;
    }
    const bubble = document.querySelector<HTMLElement>(`[${BUBBLE_ATTR}="${CSS.escape(actionId)}"]`);
    if (bubble && document.activeElement !== bubble) bubble.focus();
    requestAnimationFrame(tick);
  };
  tick();
}
