import { expect, type Page } from "@playwright/test";
import { card } from "../ticket-fixtures";
import { untilArrowsHeard } from "./dnd-keyboard";

/** A card whose move is still on its way cannot be picked up again (it shows busy). */
async function settled(page: Page, subject: string): Promise<void> {
  await expect(card(page, subject)).not.toHaveAttribute("aria-busy");
}

/** Focuses the card's link (its one tab stop) and picks it up with Space. */
export async function pickUp(page: Page, subject: string): Promise<void> {
  await card(page, subject).getByRole("link", { name: subject }).focus();
  await page.keyboard.press("Space");
  // Picked up (the screen reader is told "Picked up…", then at once "…is over column…"): only then
  // do the arrows move it.
  const quoted = subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await expect(page.getByText(new RegExp(`ticket "${quoted}" (in|is over) column`))).toBeAttached();
  await untilArrowsHeard(page);
}

/** The keyboard: focus the card's one tab stop (its subject), Space to pick up, arrows to a column, Space to drop. */
export async function dragWithKeyboard(
  page: Page,
  subject: string,
  key: "ArrowLeft" | "ArrowRight",
  times: number,
  target: string,
): Promise<void> {
  await settled(page, subject);
  await pickUp(page, subject);
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
  // Drop once the screen reader has been told where the card is (dnd-kit's live region).
  await expect(page.getByText(`is over column "${target}"`)).toBeAttached();
  await page.keyboard.press("Space");
}
