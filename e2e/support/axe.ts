// axe-core on the current page: nothing serious or critical.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Finite animations and transitions done (a toast fading in, a panel sliding): axe reads colours
 * mid-fade as blended and reports contrast that no one sees once the page is still. Endless ones
 * (skeleton pulses) are left running.
 */
async function stillPage(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined); // still moving after 5 s: check what is there
}

export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  await stillPage(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
