import { describe, expect, it } from "vitest";
import type { ThreadView } from "@/lib/conversations/list-threads";
import { attachmentsOfThreads } from "./thread-attachments";

describe("attachmentsOfThreads", () => {
  const file = (id: string) => ({ id, filename: `${id}.pdf`, contentType: "application/pdf", size: 1, inline: false });
  const message = (at: string, fromName: string | null, attachments: ReturnType<typeof file>[]) =>
    ({
      fromName,
      fromEmail: "c@x.example",
      createdAt: new Date(at),
      attachments,
    }) as unknown as ThreadView["messages"][number];

  it("lists every file of every thread, newest message first, with who sent it and the thread", () => {
    const threads = [
      { subject: "Older thread", messages: [message("2026-01-01T10:00:00Z", "Ann", [file("a"), file("b")])] },
      {
        subject: "Newer thread",
        messages: [message("2026-01-02T10:00:00Z", null, [file("c")]), message("2026-01-03T10:00:00Z", "Ann", [])],
      },
    ] as unknown as ThreadView[];
    expect(attachmentsOfThreads(threads).map((a) => [a.id, a.from, a.threadSubject])).toEqual([
      ["c", "c@x.example", "Newer thread"],
      ["a", "Ann", "Older thread"],
      ["b", "Ann", "Older thread"],
    ]);
  });
});
