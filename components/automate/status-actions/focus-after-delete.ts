// After a bubble is deleted its own buttons are gone, and focus would fall to the page's body:
// move it to the bubble before it in the same chain, else to the "+" that adds to that chain
// (the first one in `chain`, which comes before any branch path's own "+").
export const ADD_ACTION_ATTR = "data-add-action";
export const BUBBLE_ATTR = "data-action-id";

export function focusAfterDelete(chain: HTMLElement | null, previousActionId: string | null): boolean {
  const selector =
    previousActionId === null ? `[${ADD_ACTION_ATTR}]` : `[${BUBBLE_ATTR}="${CSS.escape(previousActionId)}"]`;
  const target = chain?.querySelector<HTMLElement>(selector);
  target?.focus();
  return target !== null && target !== undefined;
}
