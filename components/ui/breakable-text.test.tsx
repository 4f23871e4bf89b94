import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BreakableText } from "./breakable-text";

const html = (text: string) => renderToStaticMarkup(<BreakableText text={text} />);

describe("BreakableText", () => {
  it("lets a long URL wrap after its separators, never inside a word", () => {
    expect(html("POST https://hooks.example.com/refunds?token=abc failed")).toBe(
      "POST https:<wbr/>/<wbr/>/<wbr/>hooks.<wbr/>example.<wbr/>com/<wbr/>refunds?<wbr/>token=<wbr/>abc failed",
    );
  });

  it("leaves ordinary words alone", () => {
    expect(html("Send webhook (POST)")).toBe("Send webhook (POST)");
  });
});
