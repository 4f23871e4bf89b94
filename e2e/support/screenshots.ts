// Full-page screenshots at desktop and mobile widths, attached to the run's artifacts.
import type { Page, TestInfo } from "@playwright/test";

export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } } as const;

export async function captureBothWidths(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    const body = await page.screenshot({ fullPage: true });
    await testInfo.attach(`${name}-${label}.png`, { body, contentType: "image/png" });
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}
