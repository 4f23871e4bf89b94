// Issue 15 item 7: axe-core finds nothing serious or critical on any page of the app, as a super
// admin and as an agent (pages an agent may not open show what they show them instead). Every
// route under app/ is listed below; a route with an id is reached through the first link to it on
// its list page, so the seeded data decides which record is checked. A new page goes in PAGES.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { storageStateOf, type RoleKey } from "./support/roles";

/** Static routes: every page.tsx under app/ without a [param]. */
const PAGES = [
  "/",
  "/tickets",
  "/tickets/new",
  "/contacts",
  "/workflows",
  "/settings",
  "/settings/account",
  "/settings/account/business-hours",
  "/settings/api-keys",
  "/settings/automated-emails",
  "/settings/automated-emails/new",
  "/settings/channels",
  "/settings/jobs",
  "/settings/objects/tickets",
  "/settings/objects/tickets/pipelines",
  "/settings/objects/tickets/properties",
  "/settings/outbox",
  "/settings/users",
  "/tickets/no-such-ticket", // the not-found page inside the app
  "/no-such-page", // the root not-found page
];

/** Routes with an id: the list page that links to one, and the link's pattern. */
const RECORDS: { list: string; href: RegExp; then?: string[] }[] = [
  { list: "/", href: /^\/tickets\/(?!new)[^/]+$/ },
  { list: "/contacts", href: /^\/contacts\/[^/]+$/ },
  { list: "/workflows", href: /^\/workflows\/[^/]+$/ },
  { list: "/settings/channels", href: /^\/settings\/channels\/[^/]+$/ },
  { list: "/settings/automated-emails", href: /^\/settings\/automated-emails\/(?!new)[^/]+$/ },
  {
    list: "/settings/objects/tickets/pipelines",
    // The list links to a pipeline's sub-pages: the pipeline's own path is the match.
    href: /^\/settings\/objects\/tickets\/pipelines\/[^/]+/,
    then: ["", "/statuses", "/rules", "/automate"],
  },
];

/** Loaded past any loading skeleton (not "networkidle": the board keeps its live stream open). */
async function loaded(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole("heading").first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

async function firstLink(page: Page, list: string, href: RegExp): Promise<string | null> {
  await loaded(page, list);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => href.exec(h)?.[0]).find((h) => h !== undefined) ?? null;
}

async function checkPage(page: Page, url: string): Promise<void> {
  await test.step(url, async () => {
    await loaded(page, url);
    await expectNoSeriousAxeViolations(page);
  });
}

// One test per page, so a slow machine's time limit applies to each page, not the whole walk.
for (const role of ["superadmin", "agent"] as RoleKey[]) {
  test.describe(`every page as ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });

    for (const url of PAGES) {
      test(`${url}: no serious or critical axe violations`, async ({ page }) => {
        await checkPage(page, url);
      });
    }

    for (const { list, href, then } of RECORDS) {
      test(`the first ${href.source} on ${list}: no serious or critical axe violations`, async ({ page }) => {
        const found = await firstLink(page, list, href);
        // An agent sees no link to admin-only records (channels, emails): the page refuses them anyway.
        test.skip(!found && role === "agent", "no such link for an agent");
        expect(found, `a link matching ${href} on ${list}`).not.toBeNull();
        for (const tail of then ?? [""]) await checkPage(page, `${found}${tail}`);
      });
    }
  });
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page has no serious or critical axe violations", async ({ page }) => {
    await checkPage(page, "/login");
  });
});
