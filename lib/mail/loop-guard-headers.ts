// What every automated email says it is, so auto-responders stay quiet (RFC 3834
// Auto-Submitted; Exchange's X-Auto-Response-Suppress: no out-of-office, no receipts). The
// rest of the loop guard: lib/mail/loop-guard.ts.
export const AUTOMATED_EMAIL_HEADERS = {
  "Auto-Submitted": "auto-generated",
  "X-Auto-Response-Suppress": "All",
} as const;
