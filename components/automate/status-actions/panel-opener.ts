// Where focus returns when an action's side panel closes: the bubble it edited (or just saved),
// else the "+" that opened it.
import { ADD_ACTION_ATTR, BUBBLE_ATTR } from "./focus-after-delete";

export function panelOpener(actionId: string | null, addKey: string): HTMLElement | null {
  const bubble = actionId ? document.querySelector<HTMLElement>(`[${BUBBLE_ATTR}="${CSS.escape(actionId)}"]`) : null;
  return bubble ?? document.querySelector<HTMLElement>(`[${ADD_ACTION_ATTR}="${CSS.escape(addKey)}"]`);
}
