// Long URLs and paths wrap after their separators ("/", "?", "&", "=", ".", "-") instead of
// mid-word: a <wbr> after each, in words too long for a line. Copying the text gives it unchanged.
import { Fragment } from "react";

const LONG_WORD = /(\S{24,})/;
const AFTER_SEPARATOR = /(?<=[/?&=.\-_:])/;

export function BreakableText({ text }: { text: string }) {
  return text.split(LONG_WORD).map((part, i) =>
    i % 2 === 0 ? (
      part
    ) : (
      <Fragment key={i}>
        {part.split(AFTER_SEPARATOR).map((piece, j) => (
          <Fragment key={j}>
            {j > 0 ? <wbr /> : null}
            {piece}
          </Fragment>
        ))}
      </Fragment>
    ),
  );
}
