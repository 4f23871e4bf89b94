// Open redirects after sign-in and sign-out: every spelling of "another origin" in callbackUrl
// lands on the app, both where next-auth answers (its redirect callback, on the server) and
// where the sign-in form navigates (components/auth/login-form.tsx uses sameOriginPath).
import { expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { sameOriginPath } from "@/lib/auth/safe-redirect";

const APP = "http://127.0.0.1:3000";
// As they arrive in /login?callbackUrl=… (the query string decoded once by URLSearchParams).
const HOSTILE = ["/%5Cevil.example/x", "/%09/host", "//evil", "https://evil", "javascript:alert(document.cookie)"].map(
  (raw) => new URLSearchParams(`callbackUrl=${raw}`).get("callbackUrl")!,
);

const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl: APP }) as Promise<string> | string;

it.each(HOSTILE)("next-auth's redirect after sign-in or sign-out keeps %j on the app", async (target) => {
  const location = await redirect(target);
  expect(new URL(location).origin).toBe(APP);
  // What a browser does with that Location: still the app.
  expect(new URL(location, APP).origin).toBe(APP);
  expect(new URL(location).pathname.startsWith("//")).toBe(false);
});

it.each(HOSTILE)("the sign-in form navigates to the app for %j", (target) => {
  const path = sameOriginPath(target, APP);
  expect(path).toBe("/tickets");
  expect(new URL(path, APP).origin).toBe(APP);
});

it("a callbackUrl on the app is kept (after sign-in, back where the user was)", async () => {
  expect(await redirect(`${APP}/tickets/abc?tab=timeline`)).toBe(`${APP}/tickets/abc?tab=timeline`);
  expect(await redirect("/settings/users")).toBe(`${APP}/settings/users`);
  expect(sameOriginPath("/tickets/abc", APP)).toBe("/tickets/abc");
});
