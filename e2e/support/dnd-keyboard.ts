import type { Page } from "@playwright/test";

/**
 * After a keyboard pick-up (Space) in a dnd-kit list or board: returns once dnd-kit listens for
 * the arrows. Its KeyboardSensor adds that listener from a timer it sets on pick-up, and Chromium
 * runs input before timers, so on a busy machine an arrow sent at once could come first and be
 * lost (the statuses list's reorder failed so in CI, 5 Dec). A timer set now runs after dnd-kit's.
 */
export async function untilArrowsHeard(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}
