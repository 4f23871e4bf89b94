// Where to go after signing in or out: only somewhere on the app's own origin. Parsing with the
// WHATWG URL parser (as the browser will) catches every spelling of "elsewhere" that a prefix
// test misses: `/\evil.example`, `/%09/host` (a tab the parser drops), `//evil`, `javascript:`.

export const AFTER_SIGN_IN = "/tickets";

/** The path (query and hash kept) that `target` reaches on `origin`, or `fallback` when it leaves it. */
export function sameOriginPath(target: string | null | undefined, origin: string, fallback = AFTER_SIGN_IN): string {
  if (!target) return fallback;
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  // "//host" as a path would itself be read as another origin by whoever follows it.
  if (url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
