// Full-page screenshots at desktop and mobile widths, attached to the run's artifacts (and,
// when E2E_SCREENSHOT_DIR is set, also written there as <name>-<width>.png to look at).
import fs from "node:fs";
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";

export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } } as const;

export async function captureBothWidths(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (dir) fs.mkdirSync(dir, { recursive: true });
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    // From the top: a page scrolled under an open side panel would show its fixed parts out of place.
    await page.evaluate(() => window.scrollTo(0, 0));
    const body = await page.screenshot({ fullPage: true });
    await testInfo.attach(`${name}-${label}.png`, { body, contentType: "image/png" });
    if (dir) fs.writeFileSync(path.join(dir, `${name}-${label}.png`), body);
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}
