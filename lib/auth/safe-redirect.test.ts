import { describe, expect, it } from "vitest";
import { AFTER_SIGN_IN, sameOriginPath } from "./safe-redirect";

const ORIGIN = "http://127.0.0.1:3000";

describe("sameOriginPath", () => {
  it.each([
    "/\\evil.example/x",
    "/%5Cevil.example/x",
    decodeURIComponent("/%09/host"),
    "/\t/host",
    "//evil",
    "///evil",
    "https://evil",
    "http://127.0.0.1:3001/tickets",
    "javascript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    `${ORIGIN}//evil.example`,
  ])("keeps %j on the app", (target) => {
    const path = sameOriginPath(target, ORIGIN);
    expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
    expect(path.startsWith("//")).toBe(false);
  });

  it.each(["//evil", "https://evil", "javascript:alert(1)", "/\\evil.example/x", "", null])(
    "falls back to the default for %j",
    (target) => {
      expect(sameOriginPath(target, ORIGIN)).toBe(AFTER_SIGN_IN);
    },
  );

  it("keeps a path on the app with its query and hash", () => {
    expect(sameOriginPath("/tickets/abc?tab=timeline#latest", ORIGIN)).toBe("/tickets/abc?tab=timeline#latest");
    expect(sameOriginPath(`${ORIGIN}/settings/users`, ORIGIN)).toBe("/settings/users");
  });
});
