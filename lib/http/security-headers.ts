// The security headers of every answer, in one place: proxy.ts sets them on pages and the API,
// and a server in front of Next (e.g. one that serves POST /api/v1/events itself) sets the same.
// Pages get a nonce-based Content-Security-Policy (Next puts the nonce on its own scripts when it
// finds it in the request's CSP header); JSON answers get one that allows nothing at all.

export type AnswerKind = "page" | "api";

export interface SecurityHeaderOptions {
  kind: AnswerKind;
  /** A fresh random value per page answer (base64). */
  nonce?: string;
  /** Served over https (directly, or behind a trusted proxy that says so): adds HSTS. */
  https: boolean;
  /** next dev: React's development build evaluates code (for its call stacks). */
  dev?: boolean;
}

export function contentSecurityPolicy(
  options: Pick<SecurityHeaderOptions, "kind" | "nonce" | "dev" | "https">,
): string {
  if (options.kind === "api") {
    return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  }
  const scripts = [`'nonce-${options.nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(" ")}`,
    // Radix positions popovers with style attributes, which cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Every header, by name. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // Older browsers that do not know frame-ancestors.
    "X-Frame-Options": "DENY",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A nonce for one page answer: 128 random bits, base64 (Web Crypto: works in any runtime). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
