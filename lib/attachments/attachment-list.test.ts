import { describe, expect, it } from "vitest";
import { formatFileSize } from "./attachment-list";

describe("formatFileSize", () => {
  it.each([
    [0, "0 B"],
    [999, "999 B"],
    [1000, "1 kB"],
    [65_545, "65.5 kB"],
    [10_485_760, "10.5 MB"],
  ])("%d bytes → %s", (bytes, text) => expect(formatFileSize(bytes)).toBe(text));
});
