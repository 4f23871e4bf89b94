// Full-page screenshots at desktop and mobile widths, attached to the run's artifacts (and,
// when E2E_SCREENSHOT_DIR is set, also written there as <name>-<width>.png to look at). At the
// phone's width every captured page is also checked for sideways overflow.
import fs from "node:fs";
import path from "node:path";
import { expect, type Page, type TestInfo } from "@playwright/test";

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
    if (label === "mobile") await expectNoSidewaysOverflow(page, name);
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

/** The page is no wider than the screen; if it is, the message names what sticks out. */
export async function expectNoSidewaysOverflow(page: Page, name: string): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  const culprits = scrollWidth > innerWidth ? await page.evaluate(sticksOut) : [];
  expect(
    scrollWidth,
    `${name} at ${innerWidth} px is wider than the screen: ${culprits.join("; ")}`,
  ).toBeLessThanOrEqual(innerWidth);
}

/** In the page: the innermost elements past the right edge that no scrolling box of their own holds. */
function sticksOut(): string[] {
  const width = window.innerWidth;
  const inScroller = (el: HTMLElement) => {
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== "visible") return true;
    }
    return false;
  };
  const past = [...document.body.querySelectorAll<HTMLElement>("*")].filter(
    (el) => el.getBoundingClientRect().right > width + 0.5 && !inScroller(el),
  );
  const innermost = past.filter((el) => !past.some((other) => other !== el && el.contains(other)));
  return innermost.slice(0, 5).map((el) => {
    const classes = typeof el.className === "string" ? el.className.split(" ").slice(0, 4).join(".") : "";
    const text = (el.textContent ?? "").trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}.${classes} right=${Math.round(el.getBoundingClientRect().right)} "${text}"`;
  });
}
