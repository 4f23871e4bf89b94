import { expect, type Page } from "@playwright/test";
import { card } from "../ticket-fixtures";

/** A card whose move is still on its way cannot be picked up again (it shows busy). */
async function settled(page: Page, subject: string): Promise<void> {
  await expect(card(page, subject)).not.toHaveAttribute("aria-busy");
}

/** The keyboard: focus the card's handle, Space to pick up, arrows to a column, Space to drop. */
export async function dragWithKeyboard(
  page: Page,
  subject: string,
  key: "ArrowLeft" | "ArrowRight",
  times: number,
  target: string,
): Promise<void> {
  await settled(page, subject);
  const handle = page.getByRole("button", { name: `Move ticket: ${subject}` });
  await handle.focus();
  await page.keyboard.press("Space");
  // Picked up (dnd-kit marks the handle pressed): only then do the arrows move it.
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
  // Drop once the screen reader has been told where the card is (dnd-kit's live region).
  await expect(page.getByText(`is over column "${target}"`)).toBeAttached();
  await page.keyboard.press("Space");
}
